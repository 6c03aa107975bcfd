package io.mooring.sandbox.sim;

import static io.mooring.sandbox.sim.DeploymentController.orZero;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Objects;

/**
 * Computes a Deployment's status from its ReplicaSets the way the deployment controller writes it
 * (counts, observedGeneration, the Available and Progressing conditions) and stores it when it
 * changed.
 */
final class DeploymentStatuses {
  private DeploymentStatuses() {}

  static void write(
      KubernetesClient client, Deployment d, ReplicaSet current, List<ReplicaSet> owned) {
    DeploymentStatus status = compute(d, current, owned);
    if (!Objects.equals(status, d.getStatus())) {
      d.setStatus(status);
      client.resource(d).updateStatus();
    }
  }

  static DeploymentStatus compute(Deployment d, ReplicaSet current, List<ReplicaSet> owned) {
    int desired = DeploymentController.replicasOf(d);
    int replicas =
        owned.stream()
            .mapToInt(rs -> rs.getStatus() == null ? 0 : orZero(rs.getStatus().getReplicas()))
            .sum();
    int ready =
        owned.stream()
            .mapToInt(rs -> rs.getStatus() == null ? 0 : orZero(rs.getStatus().getReadyReplicas()))
            .sum();
    int available =
        owned.stream()
            .mapToInt(
                rs -> rs.getStatus() == null ? 0 : orZero(rs.getStatus().getAvailableReplicas()))
            .sum();
    int updated =
        current == null || current.getStatus() == null
            ? 0
            : orZero(current.getStatus().getReplicas());
    int specTotal = owned.stream().mapToInt(rs -> orZero(rs.getSpec().getReplicas())).sum();
    boolean minimumAvailable = available >= desired - maxUnavailable(d, desired);
    boolean complete = updated == desired && replicas == desired && available == desired;
    boolean paused = Boolean.TRUE.equals(d.getSpec().getPaused());
    String rsName = current == null ? d.getMetadata().getName() : current.getMetadata().getName();
    DeploymentCondition availableCondition =
        condition(
            d,
            "Available",
            minimumAvailable ? "True" : "False",
            minimumAvailable ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
            minimumAvailable
                ? "Deployment has minimum availability."
                : "Deployment does not have minimum availability.");
    DeploymentCondition progressing;
    if (paused) {
      progressing =
          condition(d, "Progressing", "Unknown", "DeploymentPaused", "Deployment is paused");
    } else if (complete) {
      progressing =
          condition(
              d,
              "Progressing",
              "True",
              "NewReplicaSetAvailable",
              "ReplicaSet \"" + rsName + "\" has successfully progressed.");
    } else {
      progressing =
          condition(
              d,
              "Progressing",
              "True",
              "ReplicaSetUpdated",
              "ReplicaSet \"" + rsName + "\" is progressing.");
    }
    DeploymentStatusBuilder status =
        new DeploymentStatusBuilder()
            .withObservedGeneration(d.getMetadata().getGeneration())
            .withReplicas(replicas)
            .withUpdatedReplicas(updated)
            .withReadyReplicas(ready)
            .withAvailableReplicas(available)
            .withConditions(availableCondition, progressing);
    int unavailable = Math.max(0, specTotal - available);
    if (unavailable > 0) {
      status.withUnavailableReplicas(unavailable);
    }
    return status.build();
  }

  private static int maxUnavailable(Deployment d, int desired) {
    if (d.getSpec().getStrategy() == null || d.getSpec().getStrategy().getRollingUpdate() == null) {
      return desired / 4;
    }
    IntOrString value = d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable();
    if (value == null) {
      return desired / 4;
    }
    if (value.getIntVal() != null) {
      return value.getIntVal();
    }
    String percent = value.getStrVal().replace("%", "");
    return desired * Integer.parseInt(percent.trim()) / 100;
  }

  private static DeploymentCondition condition(
      Deployment d, String type, String status, String reason, String message) {
    DeploymentCondition previous = null;
    if (d.getStatus() != null && d.getStatus().getConditions() != null) {
      previous =
          d.getStatus().getConditions().stream()
              .filter(c -> type.equals(c.getType()))
              .findFirst()
              .orElse(null);
    }
    String transition =
        Conditions.transitionTime(
            previous == null ? null : previous.getStatus(),
            previous == null ? null : previous.getLastTransitionTime(),
            status);
    boolean same =
        previous != null
            && reason.equals(previous.getReason())
            && message.equals(previous.getMessage())
            && status.equals(previous.getStatus());
    return new DeploymentConditionBuilder()
        .withType(type)
        .withStatus(status)
        .withReason(reason)
        .withMessage(message)
        .withLastTransitionTime(transition)
        .withLastUpdateTime(same ? previous.getLastUpdateTime() : Conditions.now())
        .build();
  }
}
