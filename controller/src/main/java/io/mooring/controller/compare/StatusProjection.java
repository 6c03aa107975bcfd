package io.mooring.controller.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthResult;
import io.mooring.model.Application;
import io.mooring.model.ApplicationStatus;
import io.mooring.model.ApplicationSummary;
import io.mooring.model.ComparedTo;
import io.mooring.model.HealthStatus;
import io.mooring.model.ModelCodec;
import io.mooring.model.ResourceStatus;
import io.mooring.model.SyncStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Writes a {@link Comparison} into an Application's status, in Argo CD's shape. */
public final class StatusProjection {
  private StatusProjection() {}

  /**
   * Sets status.sync, health, resources, summary and reconciledAt on {@code app} from {@code
   * comparison}.
   */
  public static void apply(Application app, Comparison comparison, Instant now) {
    ApplicationStatus status = app.status == null ? new ApplicationStatus() : app.status;
    app.status = status;
    status.sync = syncStatus(app, comparison);
    status.health = health(comparison);
    status.resources = resources(comparison);
    status.summary = summary(comparison);
    status.reconciledAt = now.toString();
  }

  private static SyncStatus syncStatus(Application app, Comparison comparison) {
    SyncStatus sync = new SyncStatus();
    sync.status = comparison.syncStatus();
    boolean multi = app.spec.sources != null && !app.spec.sources.isEmpty();
    if (multi) {
      sync.revisions = comparison.revisions();
    } else {
      sync.revision = comparison.revisions().isEmpty() ? null : comparison.revisions().get(0);
    }
    ComparedTo comparedTo = new ComparedTo();
    comparedTo.source = copy(app.spec.source, io.mooring.model.ApplicationSource.class);
    comparedTo.sources = app.spec.sources;
    comparedTo.destination = app.spec.destination;
    comparedTo.ignoreDifferences = app.spec.ignoreDifferences;
    sync.comparedTo = comparedTo;
    return sync;
  }

  private static HealthStatus health(Comparison comparison) {
    HealthStatus health = new HealthStatus();
    health.status = comparison.health().name();
    return health;
  }

  private static List<ResourceStatus> resources(Comparison comparison) {
    List<ResourceStatus> resources = new ArrayList<>();
    for (ResourceComparison resource : comparison.resources()) {
      ResourceStatus status = new ResourceStatus();
      status.group = resource.key().group().isEmpty() ? null : resource.key().group();
      status.version = resource.version();
      status.kind = resource.key().kind();
      status.namespace = resource.key().namespace().isEmpty() ? null : resource.key().namespace();
      status.name = resource.key().name();
      status.status = resource.syncStatus();
      status.hook = resource.hook() ? Boolean.TRUE : null;
      status.requiresPruning = resource.requiresPruning() ? Boolean.TRUE : null;
      if (!resource.hook()) {
        status.health = resourceHealth(resource);
      }
      if (resource.denial().isPresent()) {
        // status.resources has no message of its own: the project's refusal goes with the health
        status.health = status.health == null ? new HealthStatus() : status.health;
        status.health.status = status.health.status == null ? "Unknown" : status.health.status;
        status.health.message = resource.denial().get();
      }
      resources.add(status);
    }
    return resources;
  }

  private static HealthStatus resourceHealth(ResourceComparison resource) {
    if (resource.live() == null) {
      HealthStatus missing = new HealthStatus();
      missing.status = "Missing";
      return missing;
    }
    if (resource.health().isEmpty()) {
      return null;
    }
    HealthResult result = resource.health().get();
    HealthStatus health = new HealthStatus();
    health.status = result.status().name();
    health.message =
        result.message() == null || result.message().isEmpty() ? null : result.message();
    return health;
  }

  private static ApplicationSummary summary(Comparison comparison) {
    TreeSet<String> images = new TreeSet<>();
    for (ResourceComparison resource : comparison.resources()) {
      JsonNode object = resource.live() != null ? resource.live() : resource.desired();
      if (object != null) {
        collectImages(object, images);
      }
    }
    ApplicationSummary summary = new ApplicationSummary();
    summary.images = images.isEmpty() ? null : List.copyOf(images);
    return summary;
  }

  /** Container images anywhere in a pod spec ({@code containers[].image}, init containers too). */
  private static void collectImages(JsonNode node, TreeSet<String> images) {
    if (node.isObject()) {
      for (String field : List.of("containers", "initContainers")) {
        for (JsonNode container : node.path(field)) {
          String image = container.path("image").asText("");
          if (!image.isEmpty()) {
            images.add(image);
          }
        }
      }
      node.forEach(child -> collectImages(child, images));
    } else if (node.isArray()) {
      node.forEach(child -> collectImages(child, images));
    }
  }

  private static <T> T copy(T value, Class<T> type) {
    return value == null
        ? null
        : ModelCodec.jsonMapper().convertValue(ModelCodec.toTree(value), type);
  }
}
