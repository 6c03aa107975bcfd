package io.mooring.controller.wiring;

import io.mooring.controller.adapters.GeneratorManifestSource;
import io.mooring.controller.adapters.GeneratorRevisionMetadata;
import io.mooring.controller.adapters.KubeApplicationStore;
import io.mooring.controller.adapters.KubeAuditTrail;
import io.mooring.controller.adapters.KubeClusterWriter;
import io.mooring.controller.adapters.KubeLiveState;
import io.mooring.controller.adapters.KubeLiveTree;
import io.mooring.controller.adapters.KubeProjectSource;
import io.mooring.controller.automation.AutoSyncPolicy;
import io.mooring.controller.automation.Backoff;
import io.mooring.controller.compare.AppComparer;
import io.mooring.controller.compare.HookDetection;
import io.mooring.controller.metrics.MeteredAuditTrail;
import io.mooring.controller.metrics.MeteredClusterWriter;
import io.mooring.controller.operation.SyncOperationRunner;
import io.mooring.controller.ports.ClusterWriter;
import io.mooring.controller.project.OrphanFinder;
import io.mooring.controller.project.ProjectAdmission;
import io.mooring.controller.reconcile.AppReconciler;
import io.mooring.controller.runtime.ApplicationController;
import io.mooring.controller.views.ApplicationViews;
import io.mooring.controller.views.ControllerViews;
import io.mooring.controller.views.ResourceChanges;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.engine.health.HealthCheckLookup;
import io.mooring.engine.health.custom.CustomHealthChecks;
import io.mooring.engine.health.custom.HealthCustomizationException;
import io.mooring.engine.health.custom.SettingsConfigMapReader;
import io.mooring.engine.health.lua.LuaHealthEvaluator;
import io.mooring.engine.health.lua.LuaLimits;
import io.mooring.kube.Clusters;
import io.mooring.kube.KubeAccess;
import io.mooring.kube.apps.ApplicationClient;
import io.mooring.kube.apps.ApplicationInformer;
import io.mooring.kube.apps.ProjectClient;
import io.mooring.kube.apps.ProjectInformer;
import io.mooring.kube.cluster.ClusterConnections;
import io.mooring.kube.cluster.ClusterRegistry;
import io.mooring.kube.discovery.ResourceExclusions;
import io.mooring.kube.event.EventRecorder;
import io.mooring.kube.settings.ControlNamespace;
import io.mooring.kube.settings.CredentialSecretsInformer;
import io.mooring.kube.settings.CredentialSecretsInformer.CredentialSecretData;
import io.mooring.model.Application;
import io.mooring.model.ApplicationSource;
import io.mooring.model.ModelCodec;
import io.mooring.source.GeneratorSettings;
import io.mooring.source.ManifestGenerator;
import io.mooring.source.credentials.LiveRepoCredentials;
import io.mooring.source.credentials.RepoCredentialStore;
import io.mooring.source.git.GitRequestListener;
import io.mooring.source.git.RepoUrl;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and starts the controller process: the one place where its parts are chosen and connected.
 * Reads settings from the control namespace (argocd-cm health customizations; repository
 * credentials, watched so that Secrets added or changed later are used at once), creates the {@code
 * default} AppProject when missing, watches Applications and the destination clusters, and resumes
 * operations left running.
 */
public final class ControllerWiring {
  private static final Logger LOG = LoggerFactory.getLogger(ControllerWiring.class);

  private ControllerWiring() {}

  /** Starts a controller as {@code config} says; close the result to stop it. */
  public static RunningController start(ControllerConfig config) {
    return start(config, Clock.systemUTC());
  }

  /** Starts a controller that reads the time from {@code clock} (sync windows, backoff, stamps). */
  public static RunningController start(ControllerConfig config, Clock clock) {
    List<AutoCloseable> resources = new ArrayList<>();
    KubeAccess kube = KubeAccess.connect(config.kubeconfig());
    resources.add(kube);
    ControlNamespace control = new ControlNamespace(kube.client(), config.namespace());
    new ProjectClient(kube.client(), config.namespace()).ensureDefaultProject();

    AtomicReference<ApplicationController> controllerRef = new AtomicReference<>();
    AtomicReference<ApplicationInformer> informerRef = new AtomicReference<>();
    ControllerMeters meters =
        ControllerMeters.on(
            config.metrics(),
            name -> Optional.ofNullable(informerRef.get()).flatMap(informer -> informer.get(name)));
    resources.add(meters);
    ResourceChanges resourceChanges = new ResourceChanges();
    ClusterRegistry registry =
        ClusterRegistry.start(kube.config(), kube.client(), config.namespace());
    Clusters clusters =
        new Clusters(
            registry,
            new ClusterConnections(kube.client()),
            config.tracking(),
            ResourceExclusions.defaults(),
            (target, change) -> {
              change
                  .apps()
                  .forEach(name -> resourceChanged(controllerRef.get(), informerRef.get(), name));
              resourceChanges.publish(change.apps());
            });
    resources.add(clusters);

    LiveRepoCredentials credentials = new LiveRepoCredentials(RepoCredentialStore.empty());
    CredentialSecretsInformer credentialSecrets =
        CredentialSecretsInformer.start(
            kube.client(),
            config.namespace(),
            (all, url) -> {
              credentials.replace(store(all));
              credentialsChanged(controllerRef.get(), informerRef.get(), url);
            });
    resources.add(credentialSecrets);
    credentials.replace(store(credentialSecrets.current()));
    ManifestGenerator generator =
        new ManifestGenerator(
            withGitListener(
                GeneratorSettings.defaults(config.dataDirectory().resolve("repositories")),
                meters.git()),
            credentials);
    resources.add(generator);

    HealthAssessor health = new HealthAssessor(customHealthChecks(control));
    AppComparer comparer = new AppComparer(health, HookDetection::isHook);
    ApplicationClient applicationClient = new ApplicationClient(kube.client(), config.namespace());
    ApplicationChanges changes = new ApplicationChanges();
    ApplicationInformer informer =
        applicationClient.watch(
            (change, app) -> {
              trigger(controllerRef.get(), app);
              changes.changed(change, app);
            });
    resources.add(informer);
    informerRef.set(informer);
    KubeApplicationStore store = new KubeApplicationStore(applicationClient, informer);
    ProjectInformer projects =
        ProjectInformer.start(
            kube.client(),
            config.namespace(),
            project -> projectChanged(controllerRef.get(), informer, project));
    resources.add(projects);
    KubeProjectSource projectSource = new KubeProjectSource(projects);
    KubeLiveState live = new KubeLiveState(clusters, config.tracking());
    ClusterWriter writer =
        new MeteredClusterWriter(new KubeClusterWriter(clusters), meters.events());
    GeneratorManifestSource source = new GeneratorManifestSource(generator);

    AppReconciler reconciler =
        new AppReconciler(
            new AppReconciler.Collaborators(
                store,
                source,
                projectSource,
                live,
                comparer,
                new AutoSyncPolicy(Backoff.SELF_HEAL),
                writer,
                clock));
    SyncOperationRunner operations =
        new SyncOperationRunner(
            new SyncOperationRunner.Collaborators(
                store,
                source,
                projectSource,
                live,
                writer,
                comparer,
                health,
                new MeteredAuditTrail(
                    new KubeAuditTrail(
                        new EventRecorder(kube.client(), "mooring-controller", clock)),
                    meters.events()),
                clock));
    ApplicationController controller =
        new ApplicationController(
            reconciler, operations, config.settings(), clock, meters.events());
    resources.add(controller);
    meters.collect(informer::listShared, clusters::opened, clock);
    controllerRef.set(controller);
    controller.start();
    List<Application> present = informer.listShared();
    for (Application app : present) {
      trigger(controller, app);
    }
    LOG.info(
        "controller started: namespace {}, {} application(s)", config.namespace(), present.size());
    ApplicationViews views =
        new ControllerViews(
            new ControllerViews.Parts(
                source,
                projectSource,
                live,
                new KubeLiveTree(clusters),
                comparer,
                health,
                new GeneratorRevisionMetadata(generator),
                new OrphanFinder(live, store, projectSource),
                resourceChanges));
    return new RunningController(
        controller,
        new RunningController.Applications(informer, changes),
        new RunningController.Sources(generator, meters.git()),
        views,
        resources);
  }

  private static GeneratorSettings withGitListener(
      GeneratorSettings settings, GitRequestListener listener) {
    return settings.withGit(settings.git().withRequestListener(listener));
  }

  /** An Application changed: compare it, and run its operation if it has one. */
  private static void trigger(ApplicationController controller, Application app) {
    if (controller == null) {
      return;
    }
    controller.refresh(app.metadata.name);
    if (operationPending(app)) {
      controller.operationRequested(app.metadata.name);
    }
  }

  /**
   * A resource of {@code name} changed: compare it again, and let a running operation see the
   * change now (a wave waiting for health) rather than at its next poll.
   */
  private static void resourceChanged(
      ApplicationController controller, ApplicationInformer informer, String name) {
    if (controller == null || informer == null) {
      return;
    }
    controller.refresh(name);
    if (informer.get(name).filter(ControllerWiring::operationPending).isPresent()) {
      controller.operationRequested(name);
    }
  }

  /** A project changed (or appeared, or went): compare its Applications again. */
  private static void projectChanged(
      ApplicationController controller, ApplicationInformer informer, String project) {
    if (controller == null) {
      return;
    }
    for (Application app : informer.list()) {
      if (project.equals(ProjectAdmission.projectName(app))) {
        LOG.debug("project {} changed: comparing {} again", project, app.metadata.name);
        controller.refresh(app.metadata.name);
      }
    }
  }

  private static boolean operationPending(Application app) {
    return app.operation != null
        || (app.status != null
            && app.status.operationState != null
            && List.of("Running", "Terminating").contains(app.status.operationState.phase));
  }

  private static RepoCredentialStore store(CredentialSecretData secrets) {
    return RepoCredentialStore.fromSecretData(secrets.repositories(), secrets.templates());
  }

  /**
   * The credentials for {@code url} (a repository, or a credential template's URL prefix) were
   * added, changed or removed: compare again every Application whose sources it covers, so a
   * repository added after its Application works without waiting for the next refresh.
   */
  private static void credentialsChanged(
      ApplicationController controller, ApplicationInformer informer, String url) {
    if (controller == null || informer == null || url.isBlank()) {
      return;
    }
    String normalized = RepoUrl.normalize(url);
    for (Application app : informer.list()) {
      if (sourceUrls(app)
          .anyMatch(u -> RepoUrl.normalize(u).equals(normalized) || u.startsWith(url))) {
        controller.refresh(app.metadata.name);
      }
    }
  }

  private static Stream<String> sourceUrls(Application app) {
    if (app.spec == null) {
      return Stream.empty();
    }
    Stream<ApplicationSource> sources =
        app.spec.sources != null ? app.spec.sources.stream() : Stream.ofNullable(app.spec.source);
    return sources.map(source -> source.repoURL).filter(u -> u != null && !u.isBlank());
  }

  private static HealthCheckLookup customHealthChecks(ControlNamespace control) {
    return control
        .configMap("argocd-cm")
        .map(
            configMap -> {
              try {
                return (HealthCheckLookup)
                    new CustomHealthChecks(
                        SettingsConfigMapReader.read("argocd-cm", ModelCodec.toYaml(configMap)),
                        new LuaHealthEvaluator(LuaLimits.defaults()));
              } catch (HealthCustomizationException e) {
                LOG.warn("ignoring health customizations in argocd-cm: {}", e.getMessage());
                return HealthCheckLookup.NONE;
              }
            })
        .orElse(HealthCheckLookup.NONE);
  }
}
