package io.mooring.engine.health.builtin;

import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.resource.GroupKind;
import java.util.Map;
import java.util.Optional;

/**
 * The health checks Mooring knows without configuration, by group and kind: the kinds Argo CD
 * assesses in code, plus argoproj.io Application (see {@link ApplicationHealth}).
 */
public final class BuiltInHealthChecks {
  private static final HealthCheck INGRESS = new IngressHealth();
  private static final Map<GroupKind, HealthCheck> CHECKS =
      Map.ofEntries(
          Map.entry(new GroupKind("apps", "Deployment"), new DeploymentHealth()),
          Map.entry(new GroupKind("apps", "StatefulSet"), new StatefulSetHealth()),
          Map.entry(new GroupKind("apps", "ReplicaSet"), new ReplicaSetHealth()),
          Map.entry(new GroupKind("apps", "DaemonSet"), new DaemonSetHealth()),
          Map.entry(new GroupKind("extensions", "Ingress"), INGRESS),
          Map.entry(new GroupKind("networking.k8s.io", "Ingress"), INGRESS),
          Map.entry(new GroupKind("argoproj.io", "Workflow"), new WorkflowHealth()),
          Map.entry(new GroupKind("argoproj.io", "Application"), new ApplicationHealth()),
          Map.entry(new GroupKind("apiregistration.k8s.io", "APIService"), new ApiServiceHealth()),
          Map.entry(new GroupKind("", "Service"), new ServiceHealth()),
          Map.entry(new GroupKind("", "PersistentVolumeClaim"), new PersistentVolumeClaimHealth()),
          Map.entry(new GroupKind("", "Pod"), new PodHealth()),
          Map.entry(new GroupKind("batch", "Job"), new JobHealth()),
          Map.entry(
              new GroupKind("autoscaling", "HorizontalPodAutoscaler"),
              new HorizontalPodAutoscalerHealth()));

  private BuiltInHealthChecks() {}

  /** The built-in check for a group and kind, or empty when Mooring has none. */
  public static Optional<HealthCheck> forKind(GroupKind groupKind) {
    return Optional.ofNullable(CHECKS.get(groupKind));
  }
}
