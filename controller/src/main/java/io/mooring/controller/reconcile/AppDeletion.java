package io.mooring.controller.reconcile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.ports.ApplicationStore;
import io.mooring.controller.ports.ApplicationStore.StaleApplication;
import io.mooring.controller.ports.ClusterWriter;
import io.mooring.controller.ports.ClusterWriter.WriteFailure;
import io.mooring.controller.ports.LiveState;
import io.mooring.controller.ports.LiveState.ClusterUnavailable;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deleting an Application that carries Argo CD's resources finalizer: its resources go first
 * (foreground propagation by default, background with the {@code /background} variant), and only
 * when none is left does the finalizer come off so the Application itself goes.
 */
final class AppDeletion {
  static final String FINALIZER = "resources-finalizer.argocd.argoproj.io";
  static final String BACKGROUND = FINALIZER + "/background";
  static final String FOREGROUND = FINALIZER + "/foreground";
  private static final List<String> OURS = List.of(FINALIZER, BACKGROUND, FOREGROUND);
  private static final Logger LOG = LoggerFactory.getLogger(AppDeletion.class);

  private final ApplicationStore store;
  private final LiveState live;
  private final ClusterWriter writer;

  AppDeletion(ApplicationStore store, LiveState live, ClusterWriter writer) {
    this.store = store;
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
    Map<ResourceKey, ObjectNode> resources;
    try {
      resources = live.managedResources(app);
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
}
