package io.mooring.source;

import io.mooring.model.ApplicationSource;
import io.mooring.source.credentials.RepoCredentialStore;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Small builders shared by the generator tests: sources, requests and a generator. */
final class Generators {
  static final AppIdentity APP = new AppIdentity("guestbook", "demo", "default");

  private Generators() {}

  static ManifestGenerator generator(Path cacheDir) {
    return new ManifestGenerator(GeneratorSettings.defaults(cacheDir), RepoCredentialStore.empty());
  }

  static ApplicationSource source(TestRepo repo, String path) {
    ApplicationSource source = new ApplicationSource();
    source.repoURL = repo.directory().toUri().toString();
    source.path = path;
    source.targetRevision = "main";
    return source;
  }

  static ManifestRequest request(ApplicationSource... sources) {
    return new ManifestRequest(APP, List.of(sources), List.of(), null, Set.of());
  }

  static ManifestRequest requestWithGeneratePaths(String annotation, ApplicationSource source) {
    return new ManifestRequest(APP, List.of(source), List.of(), annotation, Set.of());
  }

  static String configMap(String name) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\ndata:\n  k: v\n";
  }

  static List<String> names(RenderedManifests rendered) {
    return rendered.manifests().stream()
        .map(m -> m.path("metadata").path("name").asText())
        .toList();
  }
}
