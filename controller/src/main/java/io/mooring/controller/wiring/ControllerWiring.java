package io.mooring.controller.wiring;

import io.mooring.controller.adapters.GeneratorManifestSource;
import io.mooring.controller.adapters.KubeApplicationStore;
import io.mooring.controller.adapters.KubeAuditTrail;
import io.mooring.controller.adapters.KubeClusterWriter;
import io.mooring.controller.adapters.KubeLiveState;
import io.mooring.controller.automation.AutoSyncPolicy;
import io.mooring.controller.automation.Backoff;
import io.mooring.controller.compare.AppComparer;
import io.mooring.controller.compare.HookDetection;
import io.mooring.controller.operation.SyncOperationRunner;
import io.mooring.controller.reconcile.AppReconciler;
import io.mooring.controller.runtime.ApplicationController;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.engine.health.HealthCheckLookup;
import io.mooring.engine.health.custom.CustomHealthChecks;
import io.mooring.engine.health.custom.HealthCustomizationException;
import io.mooring.engine.health.custom.SettingsConfigMapReader;
import io.mooring.engine.health.lua.LuaHealthEvaluator;
import io.mooring.engine.health.lua.LuaLimits;
import io.mooring.engine.resource.Annotations;
import io.mooring.kube.Clusters;
import io.mooring.kube.KubeAccess;
import io.mooring.kube.apps.ApplicationClient;
import io.mooring.kube.apps.ApplicationInformer;
import io.mooring.kube.apps.ProjectClient;
import io.mooring.kube.cluster.ClusterConnections;
import io.mooring.kube.cluster.ClusterRegistry;
import io.mooring.kube.discovery.ResourceExclusions;
import io.mooring.kube.event.EventRecorder;
import io.mooring.kube.settings.ControlNamespace;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.source.GeneratorSettings;
import io.mooring.source.ManifestGenerator;
import io.mooring.source.credentials.RepoCredentialStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and starts the controller process: the one place where its parts are chosen and connected.
 * Reads settings from the control namespace (argocd-cm health customizations, repository
 * credentials), creates the {@code default} AppProject when missing, watches Applications and the
 * destination clusters, and resumes operations left running.
 */
public final class ControllerWiring {
  private static final Logger LOG = LoggerFactory.getLogger(ControllerWiring.class);

  private ControllerWiring() {}

  /** Starts a controller as {@code config} says; close the result to stop it. */
  public static RunningController start(ControllerConfig config) {
    Clock clock = Clock.systemUTC();
    List<AutoCloseable> resources = new ArrayList<>();
    KubeAccess kube = KubeAccess.connect(config.kubeconfig());
    resources.add(kube);
    ControlNamespace control = new ControlNamespace(kube.client(), config.namespace());
    new ProjectClient(kube.client(), config.namespace()).ensureDefaultProject();

    AtomicReference<ApplicationController> controllerRef = new AtomicReference<>();
    AtomicReference<ApplicationInformer> informerRef = new AtomicReference<>();
    ClusterRegistry registry =
        ClusterRegistry.start(kube.config(), kube.client(), config.namespace());
    Clusters clusters =
        new Clusters(
            registry,
            new ClusterConnections(kube.client()),
            config.tracking(),
            ResourceExclusions.defaults(),
            (target, change) ->
                change
                    .apps()
                    .forEach(
                        name -> resourceChanged(controllerRef.get(), informerRef.get(), name)));
    resources.add(clusters);

    ManifestGenerator generator =
        new ManifestGenerator(
            GeneratorSettings.defaults(config.dataDirectory().resolve("repositories")),
            repositoryCredentials(control));
    resources.add(generator);

    HealthAssessor health = new HealthAssessor(customHealthChecks(control));
    AppComparer comparer = new AppComparer(health, HookDetection::isHook);
    ApplicationClient applicationClient = new ApplicationClient(kube.client(), config.namespace());
    ApplicationInformer informer =
        applicationClient.watch(app -> trigger(controllerRef.get(), app));
    resources.add(informer);
    informerRef.set(informer);
    KubeApplicationStore store = new KubeApplicationStore(applicationClient, informer);
    KubeLiveState live = new KubeLiveState(clusters, config.tracking());
    KubeClusterWriter writer = new KubeClusterWriter(clusters);
    GeneratorManifestSource source = new GeneratorManifestSource(generator);

    AppReconciler reconciler =
        new AppReconciler(
            new AppReconciler.Collaborators(
                store,
                source,
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
                live,
                writer,
                comparer,
                health,
                new KubeAuditTrail(new EventRecorder(kube.client(), "mooring-controller", clock)),
                clock));
    ApplicationController controller =
        new ApplicationController(reconciler, operations, config.settings(), clock);
    resources.add(controller);
    controllerRef.set(controller);
    controller.start();
    for (Application app : informer.list()) {
      trigger(controller, app);
    }
    LOG.info(
        "controller started: namespace {}, {} application(s)",
        config.namespace(),
        informer.list().size());
    return new RunningController(controller, informer, generator, resources);
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

  private static boolean operationPending(Application app) {
    return app.operation != null
        || (app.status != null
            && app.status.operationState != null
            && List.of("Running", "Terminating").contains(app.status.operationState.phase));
  }

  private static RepoCredentialStore repositoryCredentials(ControlNamespace control) {
    return RepoCredentialStore.fromSecretData(
        control.secretData(Annotations.SECRET_TYPE_LABEL, "repository"),
        control.secretData(Annotations.SECRET_TYPE_LABEL, "repo-creds"));
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
