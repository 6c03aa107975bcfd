package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import io.mooring.testkit.git.GitHttpServer;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code repo} and {@code cluster} against the real server: a private repository behind basic auth
 * (reached by the server before it is stored), an ssh repository scoped to a project, and the
 * embedded cluster added again under a name from a kubeconfig with a bearer token, and once more
 * through a user whose exec plugin logs in (Argo CD's manager account is installed and its token
 * stored). No secret ever shows in any output.
 */
@ExtendWith(RealServerExtension.class)
class RepoAndClusterVerbsTest {
  private static final String PASSWORD = "s3cret-pass";
  private static final String TOKEN = "kube-bearer-token-value";
  private static final String PLUGIN_TOKEN = "short-lived-plugin-token";
  private static final String KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-real-key\n";
  @TempDir static Path work;
  static RealServer server;
  static ClientSession admin;
  static TestRepo privateRepo;
  static GitHttpServer privateGit;
  static String privateUrl;
  static String clusterUrl;

  @BeforeAll
  static void startAPrivateRepository(RealServer shared) {
    server = shared;
    admin = new ClientSession(server, work.resolve("config")).loggedInAsAdmin();
    privateRepo = TestRepo.create(work.resolve("git").resolve("private.git"));
    privateRepo.commitOn(
        TestRepo.MAIN, "first", List.of(RepoChange.file("README.md", "private\n")));
    privateGit =
        GitHttpServer.startWithBasicAuth(
            work.resolve("git"), new GitHttpServer.BasicAuth("ci", PASSWORD));
    privateUrl = privateGit.url("private.git");
    clusterUrl = server.kube().getConfiguration().getMasterUrl().replaceAll("/+$", "");
  }

  @AfterAll
  static void stopIt() {
    privateGit.close();
    privateRepo.close();
  }

  private static String masked(CliRun run) {
    assertThat(run.exitCode()).as("stdout:\n%s\nstderr:\n%s", run.out(), run.err()).isZero();
    String out = run.out().replace(privateUrl, "PRIVATE").replace(clusterUrl, "CLUSTER");
    assertThat(out).doesNotContain(PASSWORD, TOKEN, "not-a-real-key");
    return out;
  }

  @Test
  void aUsernameWithoutAPasswordAsksForItAndWithoutATerminalSaysWhatIsMissing() {
    CliRun noTerminal = admin.run("repo", "add", privateUrl, "--username", "ci");

    assertThat(noTerminal.exitCode()).isEqualTo(2);
    assertThat(noTerminal.err()).contains("missing --password (no terminal to prompt on)");
    assertThat(admin.run("repo", "list").out()).doesNotContain(privateUrl);
  }

  @Test
  void aPrivateRepositoryIsAddedOnlyWithItsCredentialsAndNeverShowsThem() throws IOException {
    CliRun anonymous = admin.run("repo", "add", privateUrl);
    CliRun wrong = admin.run("repo", "add", privateUrl, "--username", "ci", "--password", "nope");
    CliRun added = admin.run("repo", "add", privateUrl, "--username", "ci", "--password", PASSWORD);

    assertThat(anonymous.exitCode()).isEqualTo(1);
    assertThat(anonymous.err()).startsWith("error: ").contains(privateUrl);
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err()).doesNotContain("nope");
    assertThat(masked(added)).isEqualTo("repository 'PRIVATE' added\n");
    Golden.assertMatches("repo-get-private.txt", masked(admin.run("repo", "get", privateUrl)));
    JsonNode json =
        ModelCodec.jsonMapper()
            .readTree(masked(admin.run("repo", "get", privateUrl, "-o", "json")));
    assertThat(json.path("username").asText()).isEqualTo("ci");
    assertThat(json.path("connectionState").path("status").asText()).isEqualTo("Successful");
    assertThat(json.has("password")).isFalse();
  }

  @Test
  void anSshRepositoryOfAProjectIsStoredWithItsKeyAndListedWithoutIt() throws IOException {
    Path key = work.resolve("id_test");
    Files.writeString(key, KEY);
    CliRun added =
        admin.run(
            "repo",
            "add",
            "ssh://git@git.invalid/shop.git",
            "--ssh-private-key-path",
            key.toString(),
            "--project",
            "default",
            "--name",
            "shop");
    CliRun missingKey =
        admin.run(
            "repo",
            "add",
            "ssh://git@git.invalid/x.git",
            "--ssh-private-key-path",
            work.resolve("none").toString());

    assertThat(masked(added)).isEqualTo("repository 'ssh://git@git.invalid/shop.git' added\n");
    assertThat(missingKey.exitCode()).isEqualTo(2);
    assertThat(missingKey.err()).contains("--ssh-private-key-path").contains("none");
    String list = masked(admin.run("repo", "list"));
    assertThat(list).startsWith("TYPE  NAME").contains("ssh://git@git.invalid/shop.git");
    JsonNode all =
        ModelCodec.jsonMapper().readTree(masked(admin.run("repo", "list", "-o", "json")));
    assertThat(all.findValuesAsText("repo")).contains("ssh://git@git.invalid/shop.git");
    assertThat(masked(admin.run("repo", "rm", "ssh://git@git.invalid/shop.git")))
        .isEqualTo("repository 'ssh://git@git.invalid/shop.git' removed\n");
    assertThat(admin.run("repo", "get", "ssh://git@git.invalid/shop.git").exitCode()).isEqualTo(1);
  }

  @Test
  void aClusterIsAddedFromAKubeconfigContextListedAndRemoved() throws IOException {
    Path kubeconfig = work.resolve("kubeconfig");
    Files.writeString(
        kubeconfig,
        """
        apiVersion: v1
        kind: Config
        current-context: other
        clusters:
        - name: sandbox
          cluster:
            server: %s
            insecure-skip-tls-verify: true
        users:
        - name: robot
          user:
            token: %s
        contexts:
        - name: staging
          context: {cluster: sandbox, user: robot}
        - name: other
          context: {cluster: sandbox, user: robot}
        """
            .formatted(clusterUrl, TOKEN));

    CliRun added =
        admin.run(
            "cluster",
            "add",
            "staging",
            "--kubeconfig",
            kubeconfig.toString(),
            "--namespace",
            "web");
    CliRun noSuchContext =
        admin.run("cluster", "add", "prod", "--kubeconfig", kubeconfig.toString());

    assertThat(masked(added)).isEqualTo("cluster 'CLUSTER' added as 'staging'\n");
    assertThat(noSuchContext.exitCode()).isEqualTo(2);
    assertThat(noSuchContext.err()).contains("no entry named 'prod' in contexts");
    Golden.assertMatches("cluster-list.txt", masked(admin.run("cluster", "list")));
    Golden.assertMatches("cluster-get-staging.txt", masked(admin.run("cluster", "get", "staging")));
    JsonNode json =
        ModelCodec.jsonMapper()
            .readTree(masked(admin.run("cluster", "get", clusterUrl, "-o", "json")));
    assertThat(json.path("name").asText()).isEqualTo("staging");
    assertThat(json.path("config").has("bearerToken")).isFalse();
    assertThat(masked(admin.run("cluster", "rm", "staging")))
        .isEqualTo("cluster 'staging' removed\n");
    assertThat(admin.run("cluster", "get", "staging").exitCode()).isEqualTo(1);
  }

  @Test
  void aContextWhoseUserRunsAPluginIsAddedWithTheManagerAccountsTokenAfterConsent()
      throws IOException {
    Path plugin = work.resolve("kube-login.sh");
    Files.writeString(
        plugin,
        """
        #!/bin/sh
        echo '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential",\
        "status":{"token":"%s"}}'
        """
            .formatted(PLUGIN_TOKEN));
    assertThat(plugin.toFile().setExecutable(true)).isTrue();
    Path kubeconfig = work.resolve("kubeconfig-sso");
    Files.writeString(
        kubeconfig,
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: sandbox
          cluster:
            server: %s
            insecure-skip-tls-verify: true
        users:
        - name: sso
          user:
            exec:
              apiVersion: client.authentication.k8s.io/v1beta1
              command: %s
              interactiveMode: Never
        contexts:
        - name: sso
          context: {cluster: sandbox, user: sso}
        """
            .formatted(clusterUrl, plugin));

    CliRun unasked = admin.run("cluster", "add", "sso", "--kubeconfig", kubeconfig.toString());
    CliRun added =
        admin.run(
            "cluster", "add", "sso", "--kubeconfig", kubeconfig.toString(), "--name", "sso", "-y");

    assertThat(unasked.exitCode()).isEqualTo(2);
    assertThat(unasked.err())
        .contains(
            "not installing service account \"argocd-manager\" in namespace \"kube-system\""
                + " without confirmation: add --yes");
    assertThat(masked(added)).isEqualTo("cluster 'CLUSTER' added as 'sso'\n");
    assertThat(added.err())
        .contains("ServiceAccount \"argocd-manager\" in namespace \"kube-system\"")
        .contains("ClusterRoleBinding \"argocd-manager-role-binding\"")
        .doesNotContain(PLUGIN_TOKEN);
    String managerToken =
        decoded(
            server
                .kube()
                .secrets()
                .inNamespace("kube-system")
                .withName("argocd-manager-long-lived-token")
                .get()
                .getData()
                .get("token"));
    JsonNode stored = storedClusterConfig("sso");
    assertThat(stored.path("bearerToken").asText()).isEqualTo(managerToken);
    assertThat(stored.toString()).doesNotContain(PLUGIN_TOKEN);
    assertThat(masked(admin.run("cluster", "rm", "sso"))).isEqualTo("cluster 'sso' removed\n");
  }

  @Test
  void withoutALoginNothingIsInstalledInTheCluster() throws IOException {
    Path kubeconfig = work.resolve("kubeconfig-robot");
    Files.writeString(
        kubeconfig,
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: sandbox
          cluster: {server: %s, insecure-skip-tls-verify: true}
        users:
        - name: robot
          user: {token: %s}
        contexts:
        - name: robot
          context: {cluster: sandbox, user: robot}
        """
            .formatted(clusterUrl, TOKEN));
    ClientSession nobody = new ClientSession(server, work.resolve("no-login-config"));

    CliRun refused =
        nobody.run(
            "cluster",
            "add",
            "robot",
            "--kubeconfig",
            kubeconfig.toString(),
            "--service-account",
            "never-installed",
            "-y");

    assertThat(refused.exitCode()).as(refused.err()).isEqualTo(3);
    assertThat(refused.err()).contains("not logged in");
    assertThat(
            server
                .kube()
                .serviceAccounts()
                .inNamespace("kube-system")
                .withName("never-installed")
                .get())
        .isNull();
  }

  /** The config of the cluster Secret named {@code name}, as the server stored it. */
  private static JsonNode storedClusterConfig(String name) throws IOException {
    for (var secret :
        server
            .kube()
            .secrets()
            .inAnyNamespace()
            .withLabel("argocd.argoproj.io/secret-type", "cluster")
            .list()
            .getItems()) {
      if (name.equals(decoded(secret.getData().get("name")))) {
        return ModelCodec.jsonMapper().readTree(decoded(secret.getData().get("config")));
      }
    }
    throw new AssertionError("no cluster Secret named " + name);
  }

  private static String decoded(String base64) {
    return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
  }
}
