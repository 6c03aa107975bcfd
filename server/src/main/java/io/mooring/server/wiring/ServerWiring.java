package io.mooring.server.wiring;

import io.mooring.controller.adapters.GeneratorManifestSource;
import io.mooring.controller.ports.ManifestSource.Refresh;
import io.mooring.controller.wiring.ControllerConfig;
import io.mooring.controller.wiring.ControllerWiring;
import io.mooring.controller.wiring.RunningController;
import io.mooring.engine.resource.Annotations;
import io.mooring.kube.KubeAccess;
import io.mooring.kube.apps.ApplicationClient;
import io.mooring.kube.apps.ApplicationInformer;
import io.mooring.kube.apps.ProjectInformer;
import io.mooring.kube.settings.ControlNamespace;
import io.mooring.kube.settings.SettingsObjects;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.server.ApiServer;
import io.mooring.server.ReadinessCheck;
import io.mooring.server.ServerDependencies;
import io.mooring.server.catalog.ApplicationCatalog;
import io.mooring.server.catalog.ApplicationEvent;
import io.mooring.server.catalog.ApplicationEventHub;
import io.mooring.server.catalog.ProjectCatalog;
import io.mooring.server.metrics.ServerMetrics;
import io.mooring.server.settings.KubeSettingsStore;
import io.mooring.server.webhook.MatchingAppsRefresher;
import io.mooring.source.GeneratorSettings;
import io.mooring.source.ManifestGenerator;
import io.mooring.source.credentials.RepoCredentialStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Starts {@code mooring server}: the controller and the API server in one process against one
 * control cluster — the one place where the server's parts are chosen and connected. A webhook push
 * refreshes (fetching at once) exactly the Applications it concerns. The API renders manifests with
 * its own generator (own clones under {@code server-repositories}): the controller does not expose
 * its generator yet.
 */
public final class ServerWiring {
  private ServerWiring() {}

  /** Starts everything {@code config} describes; close the result to stop it. */
  public static RunningServer start(ServerConfig config) {
    List<AutoCloseable> resources = new ArrayList<>();
    try {
      RunningController controller =
          ControllerWiring.start(
              ControllerConfig.defaults(config.kubeconfig(), config.dataDirectory())
                  .withNamespace(config.namespace())
                  .withSettings(config.controller()));
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
      ManifestGenerator generator =
          new ManifestGenerator(
              GeneratorSettings.defaults(config.dataDirectory().resolve("server-repositories")),
              RepoCredentialStore.fromSecretData(
                  control.secretData(Annotations.SECRET_TYPE_LABEL, "repository"),
                  control.secretData(Annotations.SECRET_TYPE_LABEL, "repo-creds")));
      resources.add(generator);
      ApplicationEventHub events = new ApplicationEventHub();
      ApplicationInformer applications =
          applicationClient.watch(
              (change, app) ->
                  events.publish(
                      new ApplicationEvent(ApplicationEvent.Type.valueOf(change.name()), app)));
      resources.add(applications);
      ApplicationCatalog catalog = catalog(applications, events);
      ServerDependencies dependencies =
          new ServerDependencies(
              new KubeSettingsStore(settings),
              catalog,
              new KubeApplicationWriter(applicationClient),
              catalog(projects),
              new MatchingAppsRefresher(catalog, name -> controller.refresh(name, Refresh.HARD)),
              ReadinessCheck.alwaysReady(),
              new ServerMetrics(),
              Clock.systemUTC(),
              new GeneratorManifestSource(generator),
              control::events);
      ApiServer api = new ApiServer(dependencies, config.options());
      resources.add(api);
      api.start(config.port(), config.transport());
      return new RunningServer(api, config.transport(), controller, resources);
    } catch (RuntimeException e) {
      new RunningServer(null, config.transport(), null, resources).close();
      throw e;
    }
  }

  private static ApplicationCatalog catalog(
      ApplicationInformer informer, ApplicationEventHub events) {
    return new ApplicationCatalog() {
      @Override
      public AutoCloseable subscribe(Consumer<ApplicationEvent> subscriber) {
        return events.subscribe(subscriber);
      }

      @Override
      public Optional<Application> get(String name) {
        return informer.get(name);
      }

      @Override
      public List<Application> list() {
        return informer.list();
      }
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
