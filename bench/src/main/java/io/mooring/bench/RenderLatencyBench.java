package io.mooring.bench;

import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSourceHelm;
import io.mooring.model.ApplicationSourceKustomize;
import io.mooring.model.HelmParameter;
import io.mooring.source.AppIdentity;
import io.mooring.source.GeneratorSettings;
import io.mooring.source.ManifestGenerator;
import io.mooring.source.ManifestRequest;
import io.mooring.source.credentials.RepoCredentialStore;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Warm render latency per call (cache bypassed, so every call really runs the tool): kustomize
 * (external process) and Helm (helm-java, in-process). Args: [iterations].
 */
public final class RenderLatencyBench {
  private RenderLatencyBench() {}

  public static void main(String[] args) throws Exception {
    MonorepoRenderBench.quietLogging();
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Path work = Files.createTempDirectory("mooring-latencybench-");
    try (TestRepo repo = TestRepo.create(work.resolve("repo.git"));
        ManifestGenerator generator =
            new ManifestGenerator(
                GeneratorSettings.defaults(work.resolve("cache")), RepoCredentialStore.empty())) {
      repo.commit(
          "tools",
          RepoChange.file(
              "kustomize/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: k\n"),
          RepoChange.file("kustomize/kustomization.yaml", "resources:\n- cm.yaml\n"),
          RepoChange.file("helm/Chart.yaml", "apiVersion: v2\nname: h\nversion: 0.1.0\n"),
          RepoChange.file("helm/values.yaml", "n: 1\n"),
          RepoChange.file(
              "helm/templates/cm.yaml",
              "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  n: {{ .Values.n | quote }}\n"));
      String url = repo.directory().toUri().toString();
      ApplicationSource kustomize = source(url, "kustomize");
      kustomize.kustomize = new ApplicationSourceKustomize();
      kustomize.kustomize.namePrefix = "p-";
      ApplicationSource helm = source(url, "helm");
      helm.helm = new ApplicationSourceHelm();
      HelmParameter n = new HelmParameter();
      n.name = "n";
      n.value = "2";
      helm.helm.parameters = List.of(n);
      System.out.printf(
          "kustomize (warm)  %.1f ms/call%n", perCall(generator, kustomize, iterations));
      System.out.printf("helm (warm)       %.1f ms/call%n", perCall(generator, helm, iterations));
    }
  }

  private static double perCall(
      ManifestGenerator generator, ApplicationSource source, int iterations) throws Exception {
    ManifestRequest request =
        new ManifestRequest(
                new AppIdentity("bench", "ns", "default"),
                List.of(source),
                List.of(),
                null,
                Set.of())
            .with(ManifestRequest.Option.BYPASS_CACHE);
    for (int i = 0; i < 3; i++) {
      generator.generate(request);
    }
    long start = System.nanoTime();
    for (int i = 0; i < iterations; i++) {
      generator.generate(request);
    }
    return (System.nanoTime() - start) / 1e6 / iterations;
  }

  private static ApplicationSource source(String url, String path) {
    ApplicationSource source = new ApplicationSource();
    source.repoURL = url;
    source.path = path;
    source.targetRevision = "main";
    return source;
  }
}
