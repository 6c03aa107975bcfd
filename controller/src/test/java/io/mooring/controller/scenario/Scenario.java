package io.mooring.controller.scenario;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.mooring.controller.metrics.PrometheusText;
import io.mooring.controller.metrics.ScrapedMetrics;
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
import io.mooring.testkit.cluster.ArgoCrds;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Clock;
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

  /** The registry the controller's metrics go to (read with {@link #scrape()}). */
  final PrometheusRegistry metrics = new PrometheusRegistry();

  private final Clock clock;
  private RunningController controller;

  private Scenario(Path workDirectory, SimulatorOptions simulator, Clock clock) {
    this.clock = clock;
    cluster = EmbeddedCluster.start(EmbeddedClusterOptions.forTests().withSimulator(simulator));
    kube = patientClient(cluster);
    kubeconfig = workDirectory.resolve("kubeconfig");
    cluster.writeKubeconfig(kubeconfig);
    dataDirectory = workDirectory.resolve("data");
    repo = TestRepo.create(workDirectory.resolve("repo"));
    kube.namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("argocd").endMetadata().build())
        .create();
    ArgoCrds.install(kube);
    apps = new ApplicationClient(kube, "argocd");
  }

  /**
   * A client of the embedded cluster that waits up to a minute for an answer: fabric8's mock API
   * server can stall every request for seconds while the watches of a stopped controller close with
   * events still queued (seen on this loaded 2-core machine as a 10 s GET timeout right after
   * {@link #stopController()}); the stories' assertions are unchanged.
   */
  private static KubernetesClient patientClient(EmbeddedCluster cluster) {
    Config config =
        new ConfigBuilder(Config.empty())
            .withMasterUrl(cluster.url())
            .withNamespace("default")
            .withRequestRetryBackoffLimit(0)
            .withRequestTimeout((int) Duration.ofMinutes(1).toMillis())
            .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  static Scenario start(Path workDirectory) {
    return start(workDirectory, SimulatorOptions.fast());
  }

  /** A scenario whose workload simulator takes the given time to ready pods and run jobs. */
  static Scenario start(Path workDirectory, SimulatorOptions simulator) {
    return start(workDirectory, simulator, Clock.systemUTC());
  }

  /** A scenario whose controller reads the time from {@code clock}. */
  static Scenario start(Path workDirectory, Clock clock) {
    return start(workDirectory, SimulatorOptions.fast(), clock);
  }

  private static Scenario start(Path workDirectory, SimulatorOptions simulator, Clock clock) {
    Scenario scenario = new Scenario(workDirectory, simulator, clock);
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
                .withSettings(new ControllerSettings(4, 4, Duration.ofSeconds(3), Duration.ZERO))
                .withMetrics(metrics),
            clock);
  }

  void stopController() {
    controller.close();
  }

  /** The controller's metrics as a Prometheus scrape reads them now. */
  ScrapedMetrics scrape() {
    return ScrapedMetrics.parse(PrometheusText.of(metrics));
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

  /** Creates (or replaces) an AppProject in the control namespace from {@code yaml}. */
  void applyProject(String yaml) {
    GenericKubernetesResource project =
        Serialization.unmarshal(yaml, GenericKubernetesResource.class);
    var projects = kube.genericKubernetesResources("argoproj.io/v1alpha1", "AppProject");
    GenericKubernetesResource existing =
        projects.inNamespace("argocd").withName(project.getMetadata().getName()).get();
    if (existing == null) {
      projects.inNamespace("argocd").resource(project).create();
    } else {
      project.getMetadata().setResourceVersion(existing.getMetadata().getResourceVersion());
      projects.inNamespace("argocd").resource(project).update();
    }
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
                        + app.map(a -> ModelCodec.toYaml(a.status)).orElse("(absent)")
                        + "\njobs and pods in the cluster:\n"
                        + workloads());
              }
            });
    return apps.get(name).orElseThrow();
  }

  /** Each Job and Pod with its state, to tell a stuck simulator from a stuck controller. */
  private String workloads() {
    StringBuilder out = new StringBuilder();
    kube.batch()
        .v1()
        .jobs()
        .inAnyNamespace()
        .list()
        .getItems()
        .forEach(
            job ->
                out.append("  job ")
                    .append(job.getMetadata().getNamespace())
                    .append('/')
                    .append(job.getMetadata().getName())
                    .append(" rv=")
                    .append(job.getMetadata().getResourceVersion())
                    .append(" status=")
                    .append(Serialization.asJson(job.getStatus()))
                    .append('\n'));
    kube.pods()
        .inAnyNamespace()
        .list()
        .getItems()
        .forEach(
            pod ->
                out.append("  pod ")
                    .append(pod.getMetadata().getNamespace())
                    .append('/')
                    .append(pod.getMetadata().getName())
                    .append(" phase=")
                    .append(pod.getStatus() == null ? "-" : pod.getStatus().getPhase())
                    .append(" node=")
                    .append(pod.getSpec().getNodeName())
                    .append(" owner=")
                    .append(
                        pod.getMetadata().getOwnerReferences().isEmpty()
                            ? "-"
                            : pod.getMetadata().getOwnerReferences().get(0).getName())
                    .append('\n'));
    return out.toString();
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
