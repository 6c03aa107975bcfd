package io.mooring.bench;

import io.mooring.model.ApplicationSource;
import io.mooring.source.AppIdentity;
import io.mooring.source.GeneratorSettings;
import io.mooring.source.GeneratorStats;
import io.mooring.source.ManifestGenerator;
import io.mooring.source.ManifestRequest;
import io.mooring.source.RenderedManifests;
import io.mooring.source.credentials.RepoCredentialStore;
import io.mooring.source.git.GitSettings;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A monorepo with N application folders (directory sources, manifest-generate-paths "."): render
 * all once; then a commit touching one folder and a refresh of every app: how many renders it
 * causes (target 1) and how long until all apps have manifests for the new commit (target under 1
 * s). Measured twice: after a webhook's new-revision notice, and after the fetch-freshness window
 * has passed as a poll would; either way the first request fetches and the rest share it. Args:
 * [apps].
 */
public final class MonorepoRenderBench {
  private MonorepoRenderBench() {}

  public static void main(String[] args) throws Exception {
    int apps = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    quietLogging();
    Path work = Files.createTempDirectory("mooring-monobench-");
    GeneratorSettings settings = GeneratorSettings.defaults(work.resolve("cache"));
    try (TestRepo repo = TestRepo.create(work.resolve("mono.git"));
        ManifestGenerator generator =
            new ManifestGenerator(settings, RepoCredentialStore.empty())) {
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
      System.out.printf("apps                               %d%n", apps);
      System.out.printf(
          "render all once                    %.2f s (%.2f ms/app)%n", first, first * 1000 / apps);

      String webhookCommit =
          repo.commit("touch one", RepoChange.file("apps/app-7/deploy.yaml", manifest(7, 2)))
              .name();
      long change = System.nanoTime();
      generator.repositoryChanged(url);
      report(
          "webhook notice:", measure(callers, generator, url, apps, webhookCommit), secs(change));

      String polledCommit =
          repo.commit("touch another", RepoChange.file("apps/app-8/deploy.yaml", manifest(8, 2)))
              .name();
      Thread.sleep(settings.git().fetchFreshness().toMillis());
      change = System.nanoTime();
      report(
          "poll after the window:",
          measure(callers, generator, url, apps, polledCommit),
          secs(change));
      callers.shutdown();
      withoutFreshnessWindow(work, repo, apps);
    }
  }

  /** The same refresh with the window off: every request fetches (concurrent ones still share). */
  private static void withoutFreshnessWindow(Path work, TestRepo repo, int apps) throws Exception {
    GeneratorSettings settings =
        GeneratorSettings.defaults(work.resolve("cache-eager"))
            .withGit(GitSettings.in(work.resolve("cache-eager")).withFetchFreshness(Duration.ZERO));
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try (ManifestGenerator generator =
        new ManifestGenerator(settings, RepoCredentialStore.empty())) {
      String url = repo.directory().toUri().toString();
      refreshAll(callers, generator, url, apps);
      String commit =
          repo.commit("touch a third", RepoChange.file("apps/app-9/deploy.yaml", manifest(9, 2)))
              .name();
      long change = System.nanoTime();
      report("no freshness window:", measure(callers, generator, url, apps, commit), secs(change));
    } finally {
      callers.shutdown();
    }
  }

  /** What one refresh of every app after a one-folder commit caused. */
  private record Refresh(long renders, long reused, long atNewCommit, int apps) {}

  private static Refresh measure(
      ExecutorService callers, ManifestGenerator generator, String url, int apps, String commit)
      throws Exception {
    GeneratorStats before = generator.stats();
    List<RenderedManifests> refreshed = refreshAll(callers, generator, url, apps);
    GeneratorStats after = generator.stats();
    long atNewCommit =
        refreshed.stream().filter(r -> r.sources().get(0).revision().sha().equals(commit)).count();
    return new Refresh(
        after.renders() - before.renders(),
        after.reusedUnchangedPaths() - before.reusedUnchangedPaths(),
        atNewCommit,
        apps);
  }

  private static void report(String trigger, Refresh refresh, double seconds) {
    System.out.printf(
        "one-folder commit, %-22s renders %d (target 1), reused %d, apps at the new commit"
            + " %d/%d, time to new manifests %.3f s (target < 1 s)%n",
        trigger,
        refresh.renders(),
        refresh.reused(),
        refresh.atNewCommit(),
        refresh.apps(),
        seconds);
  }

  private static List<RenderedManifests> refreshAll(
      ExecutorService callers, ManifestGenerator generator, String url, int apps) throws Exception {
    List<Future<RenderedManifests>> pending = new ArrayList<>();
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
    List<RenderedManifests> results = new ArrayList<>();
    for (Future<RenderedManifests> future : pending) {
      results.add(future.get());
    }
    return results;
  }

  static void quietLogging() {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
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
