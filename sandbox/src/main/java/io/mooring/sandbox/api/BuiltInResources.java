package io.mooring.sandbox.api;

import static io.mooring.sandbox.api.ResourceType.Subresource.SCALE;
import static io.mooring.sandbox.api.ResourceType.Subresource.STATUS;

import io.mooring.sandbox.api.ResourceType.Subresource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The immutable table of built-in resource types the sandbox serves, one row per group/version and
 * kind, with the short names and scope a real API server (v1.32) advertises.
 */
public final class BuiltInResources {
  private static final Set<String> IN_CATEGORY_ALL =
      Set.of(
          "Pod",
          "Service",
          "ReplicationController",
          "Deployment",
          "ReplicaSet",
          "StatefulSet",
          "DaemonSet",
          "Job",
          "CronJob",
          "HorizontalPodAutoscaler");
  private static final List<ResourceType> ALL = table();

  private BuiltInResources() {}

  public static List<ResourceType> all() {
    return ALL;
  }

  /** The built-in type for a group, version and plural, if there is one. */
  public static Optional<ResourceType> byPlural(String group, String version, String plural) {
    return ALL.stream()
        .filter(t -> t.group().equals(group) && t.version().equals(version))
        .filter(t -> t.plural().equals(plural))
        .findFirst();
  }

  /** The built-in type for an apiVersion and kind, if there is one. */
  public static Optional<ResourceType> byKind(String apiVersion, String kind) {
    return ALL.stream()
        .filter(t -> t.groupVersion().equals(apiVersion) && t.kind().equals(kind))
        .findFirst();
  }

  private static List<ResourceType> table() {
    List<ResourceType> t = new ArrayList<>();
    String core = "";
    ns(t, core, "v1", "Pod", "pods", List.of("po"), STATUS);
    ns(t, core, "v1", "Service", "services", List.of("svc"), STATUS);
    ns(t, core, "v1", "ConfigMap", "configmaps", List.of("cm"));
    ns(t, core, "v1", "Secret", "secrets", List.of());
    ns(t, core, "v1", "ServiceAccount", "serviceaccounts", List.of("sa"));
    ns(t, core, "v1", "PersistentVolumeClaim", "persistentvolumeclaims", List.of("pvc"), STATUS);
    ns(t, core, "v1", "Endpoints", "endpoints", List.of("ep"));
    ns(t, core, "v1", "Event", "events", List.of("ev"));
    ns(t, core, "v1", "ReplicationController", "replicationcontrollers", List.of("rc"), STATUS);
    ns(t, core, "v1", "ResourceQuota", "resourcequotas", List.of("quota"), STATUS);
    ns(t, core, "v1", "LimitRange", "limitranges", List.of("limits"));
    cluster(t, core, "v1", "Namespace", "namespaces", List.of("ns"), STATUS);
    cluster(t, core, "v1", "Node", "nodes", List.of("no"), STATUS);
    cluster(t, core, "v1", "PersistentVolume", "persistentvolumes", List.of("pv"), STATUS);
    ns(t, "apps", "v1", "Deployment", "deployments", List.of("deploy"), STATUS, SCALE);
    ns(t, "apps", "v1", "ReplicaSet", "replicasets", List.of("rs"), STATUS, SCALE);
    ns(t, "apps", "v1", "StatefulSet", "statefulsets", List.of("sts"), STATUS, SCALE);
    ns(t, "apps", "v1", "DaemonSet", "daemonsets", List.of("ds"), STATUS);
    ns(t, "apps", "v1", "ControllerRevision", "controllerrevisions", List.of());
    ns(t, "batch", "v1", "Job", "jobs", List.of(), STATUS);
    ns(t, "batch", "v1", "CronJob", "cronjobs", List.of("cj"), STATUS);
    String net = "networking.k8s.io";
    ns(t, net, "v1", "Ingress", "ingresses", List.of("ing"), STATUS);
    ns(t, net, "v1", "NetworkPolicy", "networkpolicies", List.of("netpol"));
    cluster(t, net, "v1", "IngressClass", "ingressclasses", List.of());
    String rbac = "rbac.authorization.k8s.io";
    ns(t, rbac, "v1", "Role", "roles", List.of());
    ns(t, rbac, "v1", "RoleBinding", "rolebindings", List.of());
    cluster(t, rbac, "v1", "ClusterRole", "clusterroles", List.of());
    cluster(t, rbac, "v1", "ClusterRoleBinding", "clusterrolebindings", List.of());
    ns(t, "policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", List.of("pdb"), STATUS);
    String hpa = "HorizontalPodAutoscaler";
    ns(t, "autoscaling", "v2", hpa, "horizontalpodautoscalers", List.of("hpa"), STATUS);
    ns(t, "autoscaling", "v1", hpa, "horizontalpodautoscalers", List.of("hpa"), STATUS);
    String storage = "storage.k8s.io";
    cluster(t, storage, "v1", "StorageClass", "storageclasses", List.of("sc"));
    cluster(t, storage, "v1", "CSIDriver", "csidrivers", List.of());
    cluster(t, storage, "v1", "VolumeAttachment", "volumeattachments", List.of(), STATUS);
    cluster(
        t,
        "apiextensions.k8s.io",
        "v1",
        "CustomResourceDefinition",
        "customresourcedefinitions",
        List.of("crd", "crds"),
        STATUS);
    ns(t, "coordination.k8s.io", "v1", "Lease", "leases", List.of());
    ns(t, "events.k8s.io", "v1", "Event", "events", List.of("ev"));
    return List.copyOf(t);
  }

  private static void ns(
      List<ResourceType> t,
      String group,
      String version,
      String kind,
      String plural,
      List<String> shortNames,
      Subresource... subresources) {
    t.add(row(group, version, kind, plural, true, shortNames, subresources));
  }

  private static void cluster(
      List<ResourceType> t,
      String group,
      String version,
      String kind,
      String plural,
      List<String> shortNames,
      Subresource... subresources) {
    t.add(row(group, version, kind, plural, false, shortNames, subresources));
  }

  private static ResourceType row(
      String group,
      String version,
      String kind,
      String plural,
      boolean namespaced,
      List<String> shortNames,
      Subresource... subresources) {
    EnumSet<Subresource> subs = EnumSet.noneOf(Subresource.class);
    subs.addAll(List.of(subresources));
    List<String> categories = IN_CATEGORY_ALL.contains(kind) ? List.of("all") : List.of();
    return new ResourceType(group, version, kind, plural, namespaced, shortNames, categories, subs);
  }
}
