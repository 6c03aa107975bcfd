package io.mooring.cli;

import static io.mooring.testkit.git.RepoChange.file;
import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.testkit.git.GitHttpServer;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir Path dir;

  private static String configMap(String name) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n";
  }

  private TestRepo repo() {
    TestRepo repo = TestRepo.create(dir.resolve("served/apps.git"));
    repo.commit(
        "apps",
        file("guestbook/b.yaml", configMap("zeta")),
        file(
            "guestbook/a.yaml",
            "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n" + configMap("alpha")));
    return repo;
  }

  private Path application(String repoUrl, String revision) throws Exception {
    return Files.writeString(
        dir.resolve("app.yaml"),
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata:
          name: guestbook
          namespace: argocd
        spec:
          project: default
          source:
            repoURL: %s
            path: guestbook
            targetRevision: %s
          destination:
            server: https://kubernetes.default.svc
            namespace: demo
        """
            .formatted(repoUrl, revision));
  }

  @Test
  void rendersTheApplicationAsSortedMultiDocumentYaml() throws Exception {
    try (TestRepo repo = repo()) {
      CliRun run =
          CliRun.of(
              "admin",
              "render",
              application(repo.directory().toUri().toString(), "main").toString());

      assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
      assertThat(run.out())
          .containsSubsequence(
              "---",
              "kind: ConfigMap",
              "name: alpha",
              "---",
              "kind: ConfigMap",
              "name: zeta",
              "---",
              "kind: Service",
              "name: web");
    }
  }

  @Test
  void revisionOptionOverridesTargetRevision() throws Exception {
    try (TestRepo repo = repo()) {
      var first = repo.head("main");
      repo.commit("more", file("guestbook/c.yaml", configMap("later")));
      CliRun run =
          CliRun.of(
              "admin",
              "render",
              application(repo.directory().toUri().toString(), "main").toString(),
              "--revision",
              first.name());
      assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
      assertThat(run.out()).contains("name: alpha").doesNotContain("name: later");
    }
  }

  @Test
  void unknownRevisionExitsOneWithAnErrorNamingRepoAndRevision() throws Exception {
    try (TestRepo repo = repo()) {
      String url = repo.directory().toUri().toString();
      CliRun run = CliRun.of("admin", "render", application(url, "no-such-branch").toString());
      assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
      assertThat(run.err())
          .contains("repo " + url)
          .contains("revision no-such-branch")
          .contains("not found");
    }
  }

  @Test
  void repoCredsFileAuthenticatesToAPrivateRepository() throws Exception {
    try (TestRepo repo = repo();
        GitHttpServer server =
            GitHttpServer.startWithBasicAuth(
                dir.resolve("served"), new GitHttpServer.BasicAuth("bot", "t0ken-value-123"))) {
      Path creds =
          Files.writeString(
              dir.resolve("creds.yaml"),
              """
              apiVersion: v1
              kind: Secret
              metadata:
                name: private-repos
                labels:
                  argocd.argoproj.io/secret-type: repo-creds
              stringData:
                url: http://127.0.0.1:%d/
                username: bot
                password: t0ken-value-123
              """
                  .formatted(server.port()));
      Path app = application(server.url("apps.git"), "main");

      CliRun without = CliRun.of("admin", "render", app.toString());
      CliRun with = CliRun.of("admin", "render", app.toString(), "--repo-creds", creds.toString());

      assertThat(without.exitCode()).isEqualTo(ExitCodes.FAILURE);
      assertThat(with.exitCode()).isEqualTo(ExitCodes.OK);
      assertThat(with.out()).contains("name: zeta");
      assertThat(without.err() + with.err() + with.out()).doesNotContain("t0ken-value-123");
    }
  }
}
