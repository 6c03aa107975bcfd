package io.mooring.server.wiring;

import io.mooring.controller.ports.ManifestSource.Refresh;
import io.mooring.controller.wiring.ControllerConfig;
import io.mooring.controller.wiring.ControllerWiring;
import io.mooring.controller.wiring.RunningController;
import io.mooring.kube.KubeAccess;
import io.mooring.kube.apps.ApplicationClient;
import io.mooring.kube.apps.ProjectClient;
import io.mooring.kube.apps.ProjectInformer;
import io.mooring.kube.cluster.ClusterProbe;
import io.mooring.kube.settings.ControlNamespace;
import io.mooring.kube.settings.ControlSecrets;
import io.mooring.kube.settings.SettingsObjects;
import io.mooring.model.AppProject;
import io.mooring.server.AdminPorts;
import io.mooring.server.ApiServer;
import io.mooring.server.ReadinessCheck;
import io.mooring.server.ServerDependencies;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationEvent;
import io.mooring.server.catalog.ApplicationEventHub;
import io.mooring.server.catalog.ProjectCatalog;
import io.mooring.server.metrics.ServerMetrics;
import io.mooring.server.repository.SourceRepositoryProbe;
import io.mooring.server.settings.KubeSettingsStore;
import io.mooring.server.webhook.MatchingAppsRefresher;
import io.mooring.source.git.GitSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Starts {@code mooring server}: the controller and the API server in one process against one
 * control cluster — the one place where the server's parts are chosen and connected. A webhook push
 * refreshes (fetching at once) exactly the Applications it concerns. The API reads manifests,
 * resource trees, managed resources and commit metadata through the controller's views: one
 * repository server (one set of Git mirrors) and one cache per cluster in the process.
 */
public final class ServerWiring {
  /** How long reaching a repository or cluster for the API may take. */
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

  private ServerWiring() {}

  /** Starts everything {@code config} describes; close the result to stop it. */
  public static RunningServer start(ServerConfig config) {
    List<AutoCloseable> resources = new ArrayList<>();
    try {
      ServerMetrics metrics = new ServerMetrics();
      RunningController controller =
          ControllerWiring.start(
              ControllerConfig.defaults(config.kubeconfig(), config.dataDirectory())
                  .withNamespace(config.namespace())
                  .withSettings(config.controller())
                  .withMetrics(metrics.prometheusRegistry()));
      resources.add(controller);
      KubeAccess kube = KubeAccess.connect(config.kubeconfig());
      resources.add(kube);
      SettingsObjects settings = new SettingsObjects(kube.client(), config.namespace());
      resources.add(settings);
      ProjectInformer projects = ProjectInformer.start(kube.client(), config.namespace());
      resources.add(projects);
      ApplicationClient applicationClient =
          new ApplicationClient(kube.client(), config.namespace());
      ControlNamespace control = new ControlNamespace(kube.client(), config.namespace());
      ApplicationEventHub events = new ApplicationEventHub();
      // the streams' sends may block on a slow client: never on the controller's watch thread
      ExecutorService streamFeed = Executors.newSingleThreadExecutor(daemon("application-streams"));
      resources.add(streamFeed::shutdownNow);
      resources.add(
          controller.onApplicationChange(
              (change, app) ->
                  streamFeed.execute(
                      () ->
                          events.publish(
                              new ApplicationEvent(
                                  ApplicationEvent.Type.valueOf(change.name()), app)))));
      // one watch of Applications in the process: the controller's
      ApplicationCatalog catalog =
          new InformerApplicationCatalog(controller.applicationCache(), applicationClient, events);
      ServerDependencies dependencies =
          new ServerDependencies(
              new KubeSettingsStore(settings),
              catalog,
              new KubeApplicationWriter(applicationClient),
              catalog(projects),
              new MatchingAppsRefresher(catalog, name -> controller.refresh(name, Refresh.HARD)),
              ReadinessCheck.alwaysReady(),
              metrics,
              Clock.systemUTC(),
              controller.views(),
              control::events,
              admin(
                  kube,
                  config.namespace(),
                  GitSettings.in(config.dataDirectory().resolve("repositories"))
                      .withRequestListener(controller.gitRequests())));
      ApiServer api = new ApiServer(dependencies, config.options());
      resources.add(api);
      api.start(config.listen(), config.transport());
      return new RunningServer(api, config.transport(), controller, resources);
    } catch (RuntimeException e) {
      new RunningServer(null, config.transport(), null, resources).close();
      throw e;
    }
  }

  /**
   * The ports of the administration routes: projects and credential Secrets in the control
   * namespace, probes through source and kube. Repository checks only list a remote's refs (nothing
   * is written under the cache directory of {@code git}) and are counted where {@code git} says
   * (argocd_git_request_total, request_type ls-remote).
   */
  private static AdminPorts admin(KubeAccess kube, String namespace, GitSettings git) {
    return new AdminPorts(
        new KubeProjectWriter(new ProjectClient(kube.client(), namespace)),
        new KubeSecretStore(new ControlSecrets(kube.client(), namespace)),
        new SourceRepositoryProbe(
            new GitSettings(
                    git.cacheDirectory(), PROBE_TIMEOUT, git.knownHosts(), git.fetchFreshness())
                .withRequestListener(git.requests()),
            Clock.systemUTC()),
        new KubeClusterProbe(new ClusterProbe(kube.client(), PROBE_TIMEOUT)));
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  private static ProjectCatalog catalog(ProjectInformer informer) {
    return new ProjectCatalog() {
      @Override
      public Optional<AppProject> get(String name) {
        return informer.get(name);
      }

      @Override
      public List<AppProject> list() {
        return informer.list();
      }
    };
  }
}
