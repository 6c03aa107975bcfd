package io.mooring.controller.metrics;

import io.mooring.model.Application;
import java.time.Duration;

/**
 * What the controller reports for Prometheus, as events. The runtime and the adapters call it; it
 * keeps the pure logic free of any registry. {@link #NONE} ignores everything.
 */
public interface ControllerMetrics {
  /** Metrics nobody collects. */
  ControllerMetrics NONE =
      new ControllerMetrics() {
        @Override
        public void reconciled(String app, Duration took) {}

        @Override
        public void syncFinished(Application app, SyncFinish finish) {}

        @Override
        public void clusterRequest(Application app, ClusterRequest request) {}
      };

  /** A reconcile (comparison) of the Application named {@code app} took {@code took}. */
  void reconciled(String app, Duration took);

  /** An operation on {@code app} finished. */
  void syncFinished(Application app, SyncFinish finish);

  /** The controller sent a request to {@code app}'s destination cluster. */
  void clusterRequest(Application app, ClusterRequest request);

  /**
   * How an operation ended.
   *
   * @param phase Succeeded, Failed, Error (or Terminating when one was stopped)
   * @param dryRun whether it changed nothing by request
   */
  record SyncFinish(String phase, boolean dryRun) {}

  /**
   * One request to a destination cluster, named as Argo CD's {@code argocd_app_k8s_request_total}
   * names it.
   *
   * @param verb Get, Create, Patch, Update or Delete
   * @param resourceKind the kind of the object
   * @param resourceNamespace its namespace (empty for cluster-scoped objects)
   * @param responseCode the HTTP status the API server answered; 0 when it did not answer
   * @param dryRun whether the request was a dry run
   */
  record ClusterRequest(
      String verb,
      String resourceKind,
      String resourceNamespace,
      int responseCode,
      boolean dryRun) {}
}
