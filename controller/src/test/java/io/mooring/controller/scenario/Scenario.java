package io.mooring.controller.scenario;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.mooring.controller.runtime.ControllerSettings;
import io.mooring.controller.wiring.ControllerConfig;
import io.mooring.controller.wiring.ControllerWiring;
import io.mooring.controller.wiring.RunningController;
import io.mooring.kube.apps.ApplicationClient;
import io.mooring.kube.apps.StaleObjectException;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import io.mooring.sandbox.sim.SimulatorOptions;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A whole GitOps setup for a story: an embedded cluster with Mooring's CRDs, a Git repository, and
 * a controller process started as a user would start it — through a kubeconfig.
 */
final class Scenario implements AutoCloseable {
  static final Duration PATIENCE = Duration.ofSeconds(60);
  final EmbeddedCluster cluster;
  final KubernetesClient kube;
  final TestRepo repo;
  final ApplicationClient apps;
  final Path kubeconfig;
  final Path dataDirectory;
  private RunningController controller;

  private Scenario(Path workDirectory, SimulatorOptions simulator) {
    cluster = EmbeddedCluster.start(EmbeddedClusterOptions.forTests().withSimulator(simulator));
    kube = cluster.newClient();
    kubeconfig = workDirectory.resolve("kubeconfig");
    cluster.writeKubeconfig(kubeconfig);
    dataDirectory = workDirectory.resolve("data");
    repo = TestRepo.create(workDirectory.resolve("repo"));
    kube.namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("argocd").endMetadata().build())
        .create();
    installCrds();
    apps = new ApplicationClient(kube, "argocd");
  }

  static Scenario start(Path workDirectory) {
    return start(workDirectory, SimulatorOptions.fast());
  }

  /** A scenario whose workload simulator takes the given time to ready pods and run jobs. */
  static Scenario start(Path workDirectory, SimulatorOptions simulator) {
    Scenario scenario = new Scenario(workDirectory, simulator);
    scenario.startController();
    return scenario;
  }

  /**
   * Asks for an operation as the API server would: reads {@code name}, applies {@code request} (one
   * of {@code OperationRequests}) and writes the result back, again if the write raced.
   */
  Application request(String name, Request request) throws Exception {
    for (int attempt = 0; ; attempt++) {
      Application requested = request.on(apps.get(name).orElseThrow());
      try {
        return requested.operation != null ? apps.update(requested) : apps.updateStatus(requested);
      } catch (StaleObjectException e) {
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }

  /** The Events recorded on Application {@code name}, oldest first. */
  List<Event> eventsOn(String name) {
    return kube.v1().events().inNamespace("argocd").list().getItems().stream()
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .sorted(
            Comparator.comparingLong(
                (Event e) -> Long.parseLong(e.getMetadata().getResourceVersion())))
        .toList();
  }

  /** The messages of the ResourceUpdated Events on {@code name}, in the order they happened. */
  List<String> resourceUpdates(String name) {
    return eventsOn(name).stream()
        .filter(e -> "ResourceUpdated".equals(e.getReason()))
        .map(Event::getMessage)
        .toList();
  }

  /** A change asked of an Application, such as a sync or a rollback. */
  @FunctionalInterface
  interface Request {
    Application on(Application app) throws Exception;
  }

  void startController() {
    controller =
        ControllerWiring.start(
            ControllerConfig.defaults(Optional.of(kubeconfig), dataDirectory)
                .withSettings(new ControllerSettings(4, 4, Duration.ofSeconds(3), Duration.ZERO)));
  }

  void stopController() {
    controller.close();
  }

  RunningController controller() {
    return controller;
  }

  /** The repository's URL as an Application names it. */
  String repoUrl() {
    return repo.directory().toUri().toString();
  }

  /**
   * Commits files (path → content; null content deletes) and tells the controller, as a webhook
   * would.
   */
  void push(String message, Map<String, String> files) {
    repo.commitFiles(message, files);
    controller.repositoryChanged(repoUrl());
  }

  /** Commits changes (files written or deleted) and tells the controller, as a webhook would. */
  void push(String message, RepoChange... changes) {
    repo.commit(message, changes);
    controller.repositoryChanged(repoUrl());
  }

  Application createApp(String yaml) {
    return apps.create(ModelCodec.readYaml(yaml.replace("REPO", repoUrl()), Application.class));
  }

  Application awaitApp(String name, Predicate<Application> condition) {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () -> {
              Optional<Application> app = apps.get(name);
              if (app.filter(condition).isEmpty()) {
                throw new AssertionError(
                    "Application "
                        + name
                        + " is not there yet; last seen:\n"
                        + app.map(a -> ModelCodec.toYaml(a.status)).orElse("(absent)"));
              }
            });
    return apps.get(name).orElseThrow();
  }

  static boolean syncedAndHealthy(Application app) {
    return app.status != null
        && app.status.sync != null
        && "Synced".equals(app.status.sync.status)
        && app.status.health != null
        && "Healthy".equals(app.status.health.status)
        && (app.status.operationState == null
            || !"Running".equals(app.status.operationState.phase));
  }

  /** The last operation ended in {@code phase} and left {@code historySize} history entries. */
  static Predicate<Application> operationEnded(String phase, int historySize) {
    return app ->
        app.status != null
            && app.status.operationState != null
            && phase.equals(app.status.operationState.phase)
            && app.operation == null
            && (app.status.history == null ? 0 : app.status.history.size()) == historySize;
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
    if (controller != null) {
      controller.close();
    }
    kube.close();
    cluster.close();
    repo.close();
  }
}
