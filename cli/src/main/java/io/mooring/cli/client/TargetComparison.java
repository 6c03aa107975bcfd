package io.mooring.cli.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.compare.AppComparer;
import io.mooring.controller.compare.CompareRequest;
import io.mooring.controller.compare.Comparison;
import io.mooring.controller.compare.DesiredObjects;
import io.mooring.controller.compare.HookDetection;
import io.mooring.controller.compare.ResourceComparison;
import io.mooring.controller.compare.ResourceGate;
import io.mooring.engine.diff.DiffOptions;
import io.mooring.engine.diff.DiffResult;
import io.mooring.engine.diff.Differ;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.cache.ResourceTracking;
import io.mooring.model.Application;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code app diff --local} and {@code --revision}: target objects rendered on this side (or at
 * another revision) compared with the live objects the server reports, by the controller's own
 * {@link AppComparer} (tracking stamped as the server's settings say, the app's ignoreDifferences
 * applied, hooks left out). Secret values are compared only as keys (see {@link SecretValues}).
 * Pure.
 */
public final class TargetComparison {
  /** Kinds without a namespace, for objects of kinds the live side does not show. */
  private static final Set<String> CLUSTER_SCOPED =
      Set.of(
          "/Namespace",
          "/Node",
          "/PersistentVolume",
          "storage.k8s.io/StorageClass",
          "rbac.authorization.k8s.io/ClusterRole",
          "rbac.authorization.k8s.io/ClusterRoleBinding",
          "apiextensions.k8s.io/CustomResourceDefinition",
          "admissionregistration.k8s.io/MutatingWebhookConfiguration",
          "admissionregistration.k8s.io/ValidatingWebhookConfiguration",
          "networking.k8s.io/IngressClass",
          "scheduling.k8s.io/PriorityClass",
          "apiregistration.k8s.io/APIService");

  private TargetComparison() {}

  /** One line per target or live resource, sorted as the controller sorts them. */
  public static List<ResourceDiff> compare(
      Application app,
      List<ObjectNode> targets,
      List<ManagedResource> managed,
      ResourceTracking tracking) {
    Map<ResourceKey, ObjectNode> live = new LinkedHashMap<>();
    Map<GroupKind, Boolean> namespacedSeen = new LinkedHashMap<>();
    for (ManagedResource resource : managed) {
      GroupKind groupKind = new GroupKind(resource.group(), resource.kind());
      namespacedSeen.put(groupKind, !resource.namespace().isEmpty());
      if (resource.live() != null) {
        live.put(
            new ResourceKey(
                resource.group(), resource.kind(), resource.namespace(), resource.name()),
            SecretValues.blind(resource.live()));
      }
    }
    Predicate<GroupKind> isNamespaced =
        groupKind ->
            namespacedSeen.getOrDefault(
                groupKind, !CLUSTER_SCOPED.contains(groupKind.group() + "/" + groupKind.kind()));
    String appName = app.metadata.name;
    List<ObjectNode> desired = new ArrayList<>();
    for (ObjectNode target : targets) {
      ObjectNode placed = DesiredObjects.withDefaultNamespace(app, target, isNamespaced);
      desired.add(SecretValues.blind(tracking.stamp(placed, appName)));
    }
    Comparison comparison =
        new AppComparer(HealthAssessor.builtInOnly(), HookDetection::isHook)
            .compare(
                new CompareRequest(
                    app, List.of(), desired, live, isNamespaced, ResourceGate.PERMIT_ALL));
    List<ResourceDiff> diffs = new ArrayList<>();
    for (ResourceComparison resource : comparison.resources()) {
      if (!resource.hook()) {
        diffs.add(diffOf(resource));
      }
    }
    return diffs;
  }

  /** The server's own comparison, as {@code app diff} shows it (hooks left out). */
  public static List<ResourceDiff> fromServer(List<ManagedResource> managed) {
    List<ResourceDiff> diffs = new ArrayList<>();
    for (ManagedResource resource : managed) {
      if (!resource.hook()) {
        diffs.add(new ResourceDiff(resource.label(), resource.modified(), resource.diff()));
      }
    }
    return diffs;
  }

  private static ResourceDiff diffOf(ResourceComparison resource) {
    ResourceKey key = resource.key();
    String label =
        key.group()
            + "/"
            + key.kind()
            + " "
            + (key.namespace().isEmpty() ? "" : key.namespace() + "/")
            + key.name();
    DiffResult diff =
        resource.diff() != null
            ? resource.diff()
            : Differ.diff(resource.desired(), resource.live(), DiffOptions.DEFAULT);
    boolean modified = resource.desired() == null || resource.live() == null || diff.modified();
    return new ResourceDiff(label, modified, diff.unifiedDiff());
  }
}
