package io.mooring.controller.reconcile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.ports.ApplicationStore;
import io.mooring.controller.ports.ApplicationStore.StaleApplication;
import io.mooring.controller.ports.ClusterWriter;
import io.mooring.controller.ports.ClusterWriter.WriteFailure;
import io.mooring.controller.ports.LiveState;
import io.mooring.controller.ports.LiveState.ClusterUnavailable;
import io.mooring.controller.ports.ProjectSource;
import io.mooring.controller.project.ProjectAdmission;
import io.mooring.controller.project.ResourcePermits;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.engine.sync.SyncOption;
import io.mooring.engine.sync.SyncOptionsAnnotation;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deleting an Application that carries Argo CD's resources finalizer: its resources go first
 * (foreground propagation by default, background with the {@code /background} variant), and only
 * when none is left does the finalizer come off so the Application itself goes. Only resources its
 * project permits are deleted (as Argo CD deletes only the permitted live objects): a tracked
 * object of a kind or in a namespace the project does not allow is left alone and does not hold the
 * deletion back; so is a resource annotated {@code argocd.argoproj.io/sync-options: Delete=false}
 * (kept in the cluster when its app goes, as in Argo CD). Without its project nothing is deleted
 * until the project can be read.
 */
final class AppDeletion {
  static final String FINALIZER = "resources-finalizer.argocd.argoproj.io";
  static final String BACKGROUND = FINALIZER + "/background";
  static final String FOREGROUND = FINALIZER + "/foreground";
  private static final List<String> OURS = List.of(FINALIZER, BACKGROUND, FOREGROUND);
  private static final Logger LOG = LoggerFactory.getLogger(AppDeletion.class);

  private final ApplicationStore store;
  private final ProjectSource projects;
  private final LiveState live;
  private final ClusterWriter writer;

  AppDeletion(
      ApplicationStore store, ProjectSource projects, LiveState live, ClusterWriter writer) {
    this.store = store;
    this.projects = projects;
    this.live = live;
    this.writer = writer;
  }

  static boolean isBeingDeleted(Application app) {
    return app.metadata.deletionTimestamp != null;
  }

  ReconcileOutcome continueDeletion(Application app) {
    List<String> finalizers = app.metadata.finalizers == null ? List.of() : app.metadata.finalizers;
    if (finalizers.stream().noneMatch(OURS::contains)) {
      return new ReconcileOutcome.Done();
    }
    String projectName = ProjectAdmission.projectName(app);
    Optional<AppProject> project = projects.get(projectName);
    if (project.isEmpty()) {
      LOG.warn(
          "[{}] cannot delete resources yet: project '{}' does not exist",
          app.metadata.name,
          projectName);
      return new ReconcileOutcome.RequeueAfter(Duration.ofSeconds(5));
    }
    Map<ResourceKey, ObjectNode> resources;
    try {
      resources = permitted(app, project.get(), live.managedResources(app));
    } catch (ClusterUnavailable e) {
      LOG.warn("[{}] cannot delete resources yet: {}", app.metadata.name, e.getMessage());
      return new ReconcileOutcome.RequeueAfter(Duration.ofSeconds(5));
    }
    if (resources.isEmpty()) {
      app.metadata.finalizers = finalizers.stream().filter(f -> !OURS.contains(f)).toList();
      try {
        store.update(app);
        LOG.info("[{}] all resources deleted; the Application goes", app.metadata.name);
      } catch (StaleApplication e) {
        return new ReconcileOutcome.RequeueAfter(Duration.ZERO);
      }
      return new ReconcileOutcome.Done();
    }
    String propagation = finalizers.contains(BACKGROUND) ? "background" : "foreground";
    for (Map.Entry<ResourceKey, ObjectNode> resource : resources.entrySet()) {
      if (resource.getValue().path("metadata").has("deletionTimestamp")) {
        continue;
      }
      try {
        writer.delete(app, resource.getKey(), propagation);
      } catch (WriteFailure e) {
        LOG.warn(
            "[{}] deleting {} failed: {}", app.metadata.name, resource.getKey(), e.getMessage());
      }
    }
    return new ReconcileOutcome.RequeueAfter(Duration.ofSeconds(1));
  }

  /**
   * The live resources {@code project} permits and that are not marked {@code Delete=false}; the
   * others are logged and left alone.
   */
  private Map<ResourceKey, ObjectNode> permitted(
      Application app, AppProject project, Map<ResourceKey, ObjectNode> resources) {
    ApplicationDestination destination = live.resolvedDestination(app);
    Map<ResourceKey, ObjectNode> permitted = new LinkedHashMap<>();
    resources.forEach(
        (key, object) -> {
          Optional<String> denial =
              ResourcePermits.denial(project, destination, key, !key.namespace().isEmpty());
          if (denial.isPresent()) {
            LOG.info("[{}] not deleting: {}", app.metadata.name, denial.get());
          } else if (SyncOptionsAnnotation.of(object).is(SyncOption.Delete, "false")) {
            LOG.info("[{}] not deleting {}: it is marked Delete=false", app.metadata.name, key);
          } else {
            permitted.put(key, object);
          }
        });
    return permitted;
  }
}
