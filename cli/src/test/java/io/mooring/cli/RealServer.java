package io.mooring.cli;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.mooring.controller.runtime.ControllerSettings;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import io.mooring.sandbox.sim.SimulatorOptions;
import io.mooring.server.ServerOptions;
import io.mooring.server.Transport;
import io.mooring.server.wiring.RunningServer;
import io.mooring.server.wiring.ServerConfig;
import io.mooring.server.wiring.ServerWiring;
import io.mooring.testkit.git.GitHttpServer;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The real {@code mooring server} (controller and API, wired by {@code ServerWiring.start}) running
 * in-process over plain HTTP against an embedded cluster (through a kubeconfig written to a temp
 * directory), with the apps of {@link TestApps} in a Git repository served over smart HTTP. Besides
 * admin, argocd-cm declares an account {@code ci} with the apiKey capability. Test classes share
 * one (see {@link RealServerExtension}): each uses Applications, paths and namespaces of its own.
 */
final class RealServer implements LoginTarget, AutoCloseable {
  static final String NAMESPACE = "argocd";
  static final String VERSION = "v0.1.0-real";
  private final EmbeddedCluster cluster;
  private final KubernetesClient kube;
  private final TestRepo repo;
  private final GitHttpServer git;
  private final RunningServer server;
  private final VolatileText volatileText;
  private final String adminPassword;

  private RealServer(Path work) {
    cluster = EmbeddedCluster.start(EmbeddedClusterOptions.forTests().withSimulator(simulator()));
    kube = cluster.newClient();
    Path kubeconfig = work.resolve("kubeconfig");
    cluster.writeKubeconfig(kubeconfig);
    kube.namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
        .create();
    installCrds();
    kube.configMaps()
        .inNamespace(NAMESPACE)
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("argocd-cm")
                .endMetadata()
                .withData(Map.of("accounts.ci", "apiKey"))
                .build())
        .create();
    repo = TestRepo.create(work.resolve("repos").resolve("apps.git"));
    git = GitHttpServer.start(work.resolve("repos"));
    volatileText = new VolatileText().replacing(repoUrl(), "REPO");
    commit(TestRepo.MAIN, "the test apps", TestApps.initialFiles());
    server =
        ServerWiring.start(
            new ServerConfig(
                Optional.of(kubeconfig),
                NAMESPACE,
                0,
                Transport.plain(),
                work.resolve("data"),
                new ControllerSettings(2, 2, Duration.ofMinutes(10), Duration.ZERO),
                ServerOptions.defaults(VERSION)));
    adminPassword = readInitialPassword();
  }

  static RealServer start(Path work) {
    return new RealServer(work);
  }

  /** Pods become ready and Jobs finish after a short, visible delay (hooks are seen running). */
  private static SimulatorOptions simulator() {
    return SimulatorOptions.fast()
        .withPodReadyDelay(Duration.ofMillis(50))
        .withJobRunTime(Duration.ofMillis(300));
  }

  @Override
  public String address() {
    return "127.0.0.1:" + server.port();
  }

  @Override
  public String adminPassword() {
    return adminPassword;
  }

  /** A client of the embedded cluster, to look at what the syncs did. */
  KubernetesClient kube() {
    return kube;
  }

  /** The repository's clone URL (smart HTTP). */
  String repoUrl() {
    return git.url("apps.git");
  }

  /**
   * Commits {@code files} (path → content) on {@code branch} (created from nothing when new) and
   * returns the commit id; in masked output the commit reads {@code <commit:MESSAGE>}. Main keeps
   * the first commit only, so apps following it see the same revision whatever other tests commit.
   */
  synchronized String commit(String branch, String message, Map<String, String> files) {
    String sha =
        repo.commitOn(
                branch,
                message,
                files.entrySet().stream()
                    .map(e -> RepoChange.file(e.getKey(), e.getValue()))
                    .toList())
            .name();
    volatileText.naming(sha, message);
    return sha;
  }

  /** {@code text} with the volatile parts (commits, times, durations, addresses) masked. */
  String mask(String text) {
    return volatileText.mask(text);
  }

  private String readInitialPassword() {
    Secret secret =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    kube.secrets()
                        .inNamespace(NAMESPACE)
                        .withName("argocd-initial-admin-secret")
                        .get(),
                s -> s != null && s.getData() != null && s.getData().containsKey("password"));
    return new String(
        Base64.getDecoder().decode(secret.getData().get("password")), StandardCharsets.UTF_8);
  }

  private void installCrds() {
    for (String crd : new String[] {"application-crd.yaml", "appproject-crd.yaml"}) {
      try (InputStream in = Files.newInputStream(Path.of("..", "deploy", "crds", crd))) {
        kube.apiextensions()
            .v1()
            .customResourceDefinitions()
            .resource(Serialization.unmarshal(in, CustomResourceDefinition.class))
            .create();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void close() {
    server.close();
    git.close();
    repo.close();
    kube.close();
    cluster.close();
  }
}
