package io.mooring.controller.adapters;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.ports.ClusterWriter;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.Cluster;
import io.mooring.kube.Clusters;
import io.mooring.kube.apply.ApplyOptions;
import io.mooring.kube.apply.ApplyResult;
import io.mooring.kube.apply.ApplyStrategy;
import io.mooring.kube.apply.DeletePropagation;
import io.mooring.kube.apply.NamespaceMetadata;
import io.mooring.kube.error.KubeException;
import io.mooring.model.Application;
import java.util.Map;

/** Writes to an Application's destination cluster through the kube module's operations. */
public final class KubeClusterWriter implements ClusterWriter {
  private final Clusters clusters;

  public KubeClusterWriter(Clusters clusters) {
    this.clusters = clusters;
  }

  @Override
  public String apply(Application app, ObjectNode object, Apply how) throws WriteFailure {
    Cluster cluster = cluster(app);
    ApplyOptions options =
        ApplyOptions.defaults()
            .withStrategy(strategy(how.strategy()))
            .withForce(how.force())
            .withDryRun(how.dryRun())
            .withValidate(how.validate());
    try {
      ApplyResult result = cluster.operations().apply(object, options);
      if ("CustomResourceDefinition".equals(object.path("kind").asText())) {
        watchDefinedKind(cluster, object);
      }
      return describe(result, how.dryRun());
    } catch (KubeException e) {
      throw new WriteFailure(e.getMessage(), e);
    }
  }

  @Override
  public void delete(Application app, ResourceKey key, String propagation) throws WriteFailure {
    try {
      cluster(app)
          .operations()
          .delete(
              key,
              propagation == null || propagation.isBlank()
                  ? DeletePropagation.FOREGROUND
                  : DeletePropagation.parse(propagation));
    } catch (KubeException e) {
      throw new WriteFailure(e.getMessage(), e);
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
      cluster(app)
          .operations()
          .ensureNamespace(
              namespace, new NamespaceMetadata(labels, annotations), ApplyOptions.defaults());
    } catch (KubeException e) {
      throw new WriteFailure(e.getMessage(), e);
    }
  }

  private Cluster cluster(Application app) throws WriteFailure {
    try {
      return clusters.forDestination(app.spec.destination.server, app.spec.destination.name);
    } catch (RuntimeException e) {
      throw new WriteFailure(e.getMessage(), e);
    }
  }

  /** A CRD applied by a sync: start watching its kind so its objects are seen. */
  private static void watchDefinedKind(Cluster cluster, ObjectNode crd) {
    String group = crd.path("spec").path("group").asText("");
    String kind = crd.path("spec").path("names").path("kind").asText("");
    if (!kind.isEmpty()) {
      cluster.cache().ensureWatched(new GroupKind(group, kind));
    }
  }

  private static ApplyStrategy strategy(Strategy strategy) {
    return switch (strategy) {
      case SERVER_SIDE -> ApplyStrategy.SERVER_SIDE;
      case REPLACE -> ApplyStrategy.REPLACE;
      case CLIENT_SIDE -> ApplyStrategy.CLIENT_SIDE;
    };
  }

  private static String describe(ApplyResult result, boolean dryRun) {
    String verb;
    if (result instanceof ApplyResult.Created) {
      verb = "created";
    } else if (result instanceof ApplyResult.Configured) {
      verb = "configured";
    } else if (result instanceof ApplyResult.Replaced) {
      verb = "replaced";
    } else {
      verb = UNCHANGED;
    }
    return dryRun ? verb + " (dry run)" : verb;
  }
}
