package io.mooring.controller.compare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.diff.DiffOptions;
import io.mooring.engine.diff.Differ;
import io.mooring.engine.diff.IgnoreDifferences;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;
import io.mooring.engine.resource.KubeObjects;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.Application;
import io.mooring.model.ResourceIgnoreDifferences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Compares an Application's rendered manifests with its live objects: which resources are synced,
 * missing, modified or extra, and how healthy they are. Pure: all inputs are data.
 */
public final class AppComparer {
  private static final Comparator<ResourceComparison> ORDER =
      Comparator.comparing((ResourceComparison r) -> r.key().group())
          .thenComparing(r -> r.key().kind())
          .thenComparing(r -> r.key().namespace())
          .thenComparing(r -> r.key().name());

  private final HealthAssessor health;
  private final Predicate<ObjectNode> isHook;

  /**
   * @param health assesses live objects (built-in and custom checks)
   * @param isHook tells sync hooks apart (they are run, not compared)
   */
  public AppComparer(HealthAssessor health, Predicate<ObjectNode> isHook) {
    this.health = health;
    this.isHook = isHook;
  }

  /** Compares the request's desired objects with its live ones. */
  public Comparison compare(CompareRequest request) {
    Application app = request.app();
    DiffOptions options = DiffOptions.DEFAULT.withIgnoreDifferences(ignoreRules(app));
    Map<ResourceKey, ObjectNode> remainingLive = new LinkedHashMap<>();
    request
        .live()
        .forEach(
            (key, object) -> {
              if (request.gate().denial(key, !key.namespace().isEmpty()).isEmpty()) {
                remainingLive.put(key, object);
              }
            });
    List<ResourceComparison> resources = new ArrayList<>();
    for (ObjectNode original : request.desired()) {
      ObjectNode target =
          DesiredObjects.withDefaultNamespace(app, original, request.isNamespaced());
      ResourceKey key = ResourceKey.of(target);
      ObjectNode liveObject = remainingLive.remove(key);
      boolean hook = isHook.test(target);
      resources.add(
          new ResourceComparison(
              key,
              KubeObjects.version(target),
              target,
              liveObject,
              hook,
              hook || liveObject == null ? null : Differ.diff(target, liveObject, options),
              liveObject == null ? Optional.empty() : health.assess(liveObject),
              request.gate().denial(key, request.isNamespaced().test(key.groupKind()))));
    }
    for (Map.Entry<ResourceKey, ObjectNode> extra : remainingLive.entrySet()) {
      if (isHook.test(extra.getValue())) {
        continue;
      }
      resources.add(
          new ResourceComparison(
              extra.getKey(),
              KubeObjects.version(extra.getValue()),
              null,
              extra.getValue(),
              false,
              null,
              health.assess(extra.getValue()),
              Optional.empty()));
    }
    resources.sort(ORDER);
    return new Comparison(
        List.copyOf(request.revisions()), List.copyOf(resources), appHealth(resources));
  }

  private static HealthStatus appHealth(List<ResourceComparison> resources) {
    List<HealthStatus> statuses = new ArrayList<>();
    for (ResourceComparison resource : resources) {
      if (resource.hook()) {
        continue;
      }
      if (resource.live() == null) {
        statuses.add(HealthStatus.Missing);
      } else {
        resource.health().map(HealthResult::status).ifPresent(statuses::add);
      }
    }
    return statuses.isEmpty() ? HealthStatus.Healthy : HealthStatus.worstOf(statuses);
  }

  private static List<IgnoreDifferences> ignoreRules(Application app) {
    if (app.spec == null || app.spec.ignoreDifferences == null) {
      return List.of();
    }
    List<IgnoreDifferences> rules = new ArrayList<>();
    for (ResourceIgnoreDifferences rule : app.spec.ignoreDifferences) {
      rules.add(
          new IgnoreDifferences(
              rule.group,
              rule.kind,
              rule.name,
              rule.namespace,
              rule.jsonPointers,
              rule.jqPathExpressions,
              rule.managedFieldsManagers));
    }
    return rules;
  }
}
