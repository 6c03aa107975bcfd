package io.mooring.engine.sync;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The order in which kinds are applied within one wave (Argo CD's table, after Helm's): namespaces
 * and policies first, workloads later, unknown kinds (custom resources) last.
 */
public final class KindOrder {
  /** The known kinds, first applied first. */
  public static final List<String> KINDS =
      List.of(
          "Namespace",
          "NetworkPolicy",
          "ResourceQuota",
          "LimitRange",
          "PodSecurityPolicy",
          "PodDisruptionBudget",
          "ServiceAccount",
          "Secret",
          "SecretList",
          "ConfigMap",
          "StorageClass",
          "PersistentVolume",
          "PersistentVolumeClaim",
          "CustomResourceDefinition",
          "ClusterRole",
          "ClusterRoleList",
          "ClusterRoleBinding",
          "ClusterRoleBindingList",
          "Role",
          "RoleList",
          "RoleBinding",
          "RoleBindingList",
          "Service",
          "DaemonSet",
          "Pod",
          "ReplicationController",
          "ReplicaSet",
          "Deployment",
          "HorizontalPodAutoscaler",
          "StatefulSet",
          "Job",
          "CronJob",
          "IngressClass",
          "Ingress",
          "APIService");

  private static final Map<String, Integer> RANK =
      KINDS.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), KINDS::indexOf));

  private KindOrder() {}

  /** The rank of a kind: its index in {@link #KINDS}, or {@code KINDS.size()} when unknown. */
  public static int rank(String kind) {
    return RANK.getOrDefault(kind, KINDS.size());
  }
}
