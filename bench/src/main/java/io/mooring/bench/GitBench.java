package io.mooring.bench;

import io.mooring.source.FetchPolicy;
import io.mooring.source.credentials.RepoCredentials;
import io.mooring.source.git.GitRepositoryCache;
import io.mooring.source.git.GitSettings;
import io.mooring.testkit.git.GitHttpServer;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Initial clone and a no-change fetch of a 10,000-commit repository served over smart HTTP on
 * loopback: Mooring's JGit cache against the git CLI, side by side. Args: [commits].
 */
public final class GitBench {
  private GitBench() {}

  public static void main(String[] args) throws Exception {
    MonorepoRenderBench.quietLogging();
    int commits = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path work = Files.createTempDirectory("mooring-gitbench-");
    long t0 = System.nanoTime();
    try (TestRepo repo = TestRepo.create(work.resolve("served/big.git"))) {
      for (int i = 0; i < commits; i++) {
        repo.commit(
            "commit " + i, RepoChange.file("apps/app-" + (i % 100) + "/cm.yaml", "n: " + i + "\n"));
      }
    }
    System.out.printf("built %d-commit repository in %.1f s%n", commits, secs(t0));
    try (GitHttpServer server = GitHttpServer.start(work.resolve("served"))) {
      String url = server.url("big.git");
      RepoCredentials anonymous = RepoCredentials.anonymous(url);
      try (GitRepositoryCache cache =
          new GitRepositoryCache(GitSettings.in(work.resolve("jgit")))) {
        long c = System.nanoTime();
        cache.resolve(anonymous, "main");
        double jgitClone = secs(c);
        long f = System.nanoTime();
        cache.resolve(anonymous, "main", FetchPolicy.FETCH_NOW); // a real fetch, not the window
        double jgitFetch = secs(f);
        long c2 = System.nanoTime();
        git(work, "clone", "--bare", "--quiet", url, work.resolve("cli.git").toString());
        double cliClone = secs(c2);
        long f2 = System.nanoTime();
        git(work.resolve("cli.git"), "fetch", "--quiet", "origin", "+refs/heads/*:refs/heads/*");
        double cliFetch = secs(f2);
        System.out.printf("%-22s %10s %10s %8s%n", "", "JGit", "git CLI", "ratio");
        System.out.printf(
            "%-22s %9.3fs %9.3fs %7.2fx%n",
            "initial clone", jgitClone, cliClone, jgitClone / cliClone);
        System.out.printf(
            "%-22s %9.3fs %9.3fs %7.2fx%n",
            "no-change fetch", jgitFetch, cliFetch, jgitFetch / cliFetch);
      }
    }
  }

  private static void git(Path dir, String... args) throws Exception {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("git " + String.join(" ", args) + " failed");
    }
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
