package io.mooring.controller.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.testkit.git.GitHttpServer;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A private repository (smart HTTP with basic authentication) whose credentials are added while the
 * controller runs: the app that could not be fetched is synced without a restart.
 */
class PrivateRepositoryScenarioTest {
  private static final String PASSWORD = "private-repo-pa55word";
  private static final String APP =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata: {name: private-web, namespace: argocd}
      spec:
        project: default
        source: {repoURL: '%s', path: web, targetRevision: main}
        destination: {server: 'https://kubernetes.default.svc', namespace: default}
        syncPolicy: {automated: {prune: true}}
      """;

  @TempDir Path work;
  private Scenario scenario;
  private TestRepo privateRepo;
  private GitHttpServer git;

  @BeforeEach
  void start() {
    scenario = Scenario.start(work.resolve("scenario"));
    privateRepo = TestRepo.create(work.resolve("served/private.git"));
    privateRepo.commit(
        "web",
        RepoChange.file(
            "web/config.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: private-config}\ndata: {a: b}\n"));
    git =
        GitHttpServer.startWithBasicAuth(
            work.resolve("served"), new GitHttpServer.BasicAuth("alice", PASSWORD));
  }

  @AfterEach
  void stop() {
    git.close();
    privateRepo.close();
    scenario.close();
  }

  @Test
  void credentialsAddedWhileTheControllerRunsLetTheAppSyncWithoutARestart() {
    String url = git.url("private.git");
    scenario.apps.create(ModelCodec.readYaml(APP.formatted(url), Application.class));
    Application failing =
        scenario.awaitApp(
            "private-web",
            app ->
                app.status != null
                    && app.status.conditions != null
                    && app.status.conditions.stream()
                        .anyMatch(c -> "ComparisonError".equals(c.type)));
    assertThat(failing.status.conditions.get(0).message).doesNotContain(PASSWORD);

    scenario.kube.secrets().inNamespace("argocd").resource(repositorySecret(url)).create();

    scenario.awaitApp("private-web", Scenario::syncedAndHealthy);
    assertThat(scenario.kube.configMaps().inNamespace("default").withName("private-config").get())
        .isNotNull();
  }

  private static Secret repositorySecret(String url) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName("private-repo")
        .addToLabels("argocd.argoproj.io/secret-type", "repository")
        .endMetadata()
        .addToStringData("url", url)
        .addToStringData("username", "alice")
        .addToStringData("password", PASSWORD)
        .build();
  }
}
