package io.mooring.controller.metrics;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.metrics.ControllerMetrics.ClusterRequest;
import io.mooring.controller.ports.ClusterWriter;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.error.KubeException;
import io.mooring.model.Application;
import java.util.Map;

/**
 * A {@link ClusterWriter} that counts each write it passes on ({@code
 * argocd_app_k8s_request_total}): the verb from what the write did (Create for a new object, Patch
 * for a changed one, Update for a replace, Get when nothing needed changing, Delete), and the API
 * server's status code (0 when it did not answer).
 */
public final class MeteredClusterWriter implements ClusterWriter {
  private final ClusterWriter writer;
  private final ControllerMetrics metrics;

  public MeteredClusterWriter(ClusterWriter writer, ControllerMetrics metrics) {
    this.writer = writer;
    this.metrics = metrics;
  }

  @Override
  public String apply(Application app, ObjectNode object, Apply how) throws WriteFailure {
    String kind = object.path("kind").asText("");
    String namespace = object.path("metadata").path("namespace").asText("");
    try {
      String outcome = writer.apply(app, object, how);
      String verb = verbOf(outcome);
      count(
          app,
          new ClusterRequest(
              verb, kind, namespace, "Create".equals(verb) ? 201 : 200, how.dryRun()));
      return outcome;
    } catch (WriteFailure e) {
      String verb = how.strategy() == Strategy.REPLACE ? "Update" : "Patch";
      count(app, new ClusterRequest(verb, kind, namespace, statusCode(e), how.dryRun()));
      throw e;
    }
  }

  @Override
  public void delete(Application app, ResourceKey key, String propagation) throws WriteFailure {
    try {
      writer.delete(app, key, propagation);
      count(app, new ClusterRequest("Delete", key.kind(), key.namespace(), 200, false));
    } catch (WriteFailure e) {
      count(app, new ClusterRequest("Delete", key.kind(), key.namespace(), statusCode(e), false));
      throw e;
    }
  }

  @Override
  public void ensureNamespace(
      Application app,
      String namespace,
      Map<String, String> labels,
      Map<String, String> annotations)
      throws WriteFailure {
    try {
      writer.ensureNamespace(app, namespace, labels, annotations);
      count(app, new ClusterRequest("Create", "Namespace", "", 200, false));
    } catch (WriteFailure e) {
      count(app, new ClusterRequest("Create", "Namespace", "", statusCode(e), false));
      throw e;
    }
  }

  private void count(Application app, ClusterRequest request) {
    metrics.clusterRequest(app, request);
  }

  /** The HTTP verb that matches what an apply did ("created", "configured (dry run)", …). */
  static String verbOf(String outcome) {
    String done = outcome == null ? "" : outcome.replace(" (dry run)", "");
    return switch (done) {
      case "created" -> "Create";
      case "configured" -> "Patch";
      case "replaced" -> "Update";
      default -> "Get";
    };
  }

  private static int statusCode(WriteFailure failure) {
    return failure.getCause() instanceof KubeException kube ? kube.statusCode() : 0;
  }
}
