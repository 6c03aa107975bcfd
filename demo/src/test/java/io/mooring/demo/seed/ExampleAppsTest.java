package io.mooring.demo.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.validation.ManifestValidator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped examples hold together: valid Applications, each pointing at a shipped path. */
class ExampleAppsTest {
  private static final String URL = "http://127.0.0.1:40001/examples.git";
  private final Map<String, String> files = ExampleFiles.load();

  @Test
  void theAppOfAppsDirectoryHoldsOneValidApplicationPerExample() {
    List<String> manifests =
        files.keySet().stream().filter(path -> path.startsWith("apps/")).sorted().toList();

    assertThat(manifests)
        .containsExactly(
            "apps/guestbook.yaml",
            "apps/hello-chart.yaml",
            "apps/release-waves.yaml",
            "apps/shop-production.yaml",
            "apps/shop-staging.yaml");
    for (String path : manifests) {
      String yaml = files.get(path).replace(ExampleRepository.URL_PLACEHOLDER, URL);
      assertThat(ManifestValidator.validate(path, yaml).problems()).as(path).isEmpty();
    }
  }

  @Test
  void everyChildSyncsAutomaticallyWithPruneAndSelfHealFromAShippedPath() {
    for (Application app : children()) {
      String name = app.metadata.name;
      assertThat(app.spec.syncPolicy.automated.prune).as(name).isTrue();
      assertThat(app.spec.syncPolicy.automated.selfHeal).as(name).isTrue();
      assertThat(app.spec.source.repoURL).as(name).isEqualTo(URL);
      assertThat(files.keySet()).as(name).anyMatch(f -> f.startsWith(app.spec.source.path + "/"));
    }
  }

  @Test
  void theRootTheDemoRegistersIsAValidApplicationOfTheAppsDirectory() throws Exception {
    String yaml;
    try (InputStream in =
        getClass().getResourceAsStream("/io/mooring/demo/bootstrap/root-application.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${REPO_URL}", URL);
    }

    assertThat(ManifestValidator.validate("root-application.yaml", yaml).problems()).isEmpty();
    Application root = ModelCodec.readYaml(yaml, Application.class);
    assertThat(root.spec.source.path).isEqualTo(ExampleRepository.APPS);
    assertThat(root.spec.syncPolicy.automated.prune).isTrue();
  }

  private List<Application> children() {
    return files.entrySet().stream()
        .filter(e -> e.getKey().startsWith("apps/"))
        .map(e -> e.getValue().replace(ExampleRepository.URL_PLACEHOLDER, URL))
        .map(yaml -> ModelCodec.readYaml(yaml, Application.class))
        .toList();
  }
}
