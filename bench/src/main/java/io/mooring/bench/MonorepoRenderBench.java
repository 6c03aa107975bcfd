package io.mooring.bench;

import io.mooring.model.ApplicationSource;
import io.mooring.source.AppIdentity;
import io.mooring.source.GeneratorSettings;
import io.mooring.source.ManifestGenerator;
import io.mooring.source.ManifestRequest;
import io.mooring.source.credentials.RepoCredentialStore;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A monorepo with N application folders (directory sources, manifest-generate-paths "."): render
 * all once; then a commit touching one folder and a refresh of every app: how many renders it
 * causes (target 1) and how long until all apps have manifests for the new commit (target under 1
 * s). Args: [apps].
 */
public final class MonorepoRenderBench {
  private MonorepoRenderBench() {}

  public static void main(String[] args) throws Exception {
    int apps = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path work = Files.createTempDirectory("mooring-monobench-");
    try (TestRepo repo = TestRepo.create(work.resolve("mono.git"));
        ManifestGenerator generator =
            new ManifestGenerator(
                GeneratorSettings.defaults(work.resolve("cache")), RepoCredentialStore.empty())) {
      Map<String, String> files = new HashMap<>();
      for (int i = 0; i < apps; i++) {
        files.put("apps/app-" + i + "/deploy.yaml", manifest(i, 1));
      }
      repo.commitFiles("apps", files);
      String url = repo.directory().toUri().toString();
      ExecutorService callers = Executors.newFixedThreadPool(8);

      long start = System.nanoTime();
      refreshAll(callers, generator, url, apps);
      double first = secs(start);
      long rendersBefore = generator.stats().renders();

      repo.commit("touch one", RepoChange.file("apps/app-7/deploy.yaml", manifest(7, 2)));
      long change = System.nanoTime();
      refreshAll(callers, generator, url, apps);
      double refresh = secs(change);
      long renders = generator.stats().renders() - rendersBefore;
      callers.shutdown();

      System.out.printf("apps                               %d%n", apps);
      System.out.printf(
          "render all once                    %.2f s (%.2f ms/app)%n", first, first * 1000 / apps);
      System.out.printf("renders after one-folder commit    %d (target 1)%n", renders);
      System.out.printf("time to new manifests, all apps    %.3f s (target < 1 s)%n", refresh);
      System.out.printf(
          "reused without rendering           %d%n", generator.stats().reusedUnchangedPaths());
    }
  }

  private static void refreshAll(
      ExecutorService callers, ManifestGenerator generator, String url, int apps) throws Exception {
    List<Future<?>> pending = new ArrayList<>();
    for (int i = 0; i < apps; i++) {
      ApplicationSource source = new ApplicationSource();
      source.repoURL = url;
      source.path = "apps/app-" + i;
      source.targetRevision = "main";
      ManifestRequest request =
          new ManifestRequest(
              new AppIdentity("app-" + i, "ns", "default"),
              List.of(source),
              List.of(),
              ".",
              Set.of());
      pending.add(callers.submit(() -> generator.generate(request)));
    }
    for (Future<?> future : pending) {
      future.get();
    }
  }

  static String manifest(int app, int replicas) {
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-"
        + app
        + "\nspec:\n  replicas: "
        + replicas
        + "\n";
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
