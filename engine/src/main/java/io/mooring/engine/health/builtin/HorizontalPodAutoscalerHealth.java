package io.mooring.engine.health.builtin;

import static io.mooring.engine.health.builtin.Fields.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;
import io.mooring.engine.resource.KubeObjects;
import java.util.Set;

/**
 * HorizontalPodAutoscaler. autoscaling/v1 keeps its conditions as JSON in an annotation; v2 (and
 * the retired v2beta1, v2beta2) in {@code status.conditions}. Any condition showing a failure makes
 * it Degraded; otherwise a true AbleToScale or ScalingLimited condition makes it Healthy; otherwise
 * it is Progressing, "Waiting to Autoscale".
 */
final class HorizontalPodAutoscalerHealth implements HealthCheck {
  static final String V1_CONDITIONS = "autoscaling.alpha.kubernetes.io/conditions";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HealthResult WAITING =
      new HealthResult(HealthStatus.Progressing, "Waiting to Autoscale");
  private static final Set<String> DEGRADED =
      Set.of(
          "AbleToScale/FailedGetScale",
          "AbleToScale/FailedUpdateScale",
          "ScalingActive/FailedGetResourceMetric",
          "ScalingActive/FailedGetObjectMetric",
          "ScalingActive/FailedGetPodsMetric",
          "ScalingActive/FailedGetExternalMetric",
          "ScalingActive/FailedComputeMetricsReplicas",
          "ScalingActive/InvalidSelector");
  private static final Set<String> HEALTHY_WHEN_TRUE = Set.of("AbleToScale", "ScalingLimited");

  @Override
  public HealthResult assess(JsonNode hpa) {
    String version = KubeObjects.version(hpa);
    return switch (version) {
      case "v1" -> fromAnnotation(hpa);
      case "v2", "v2beta1", "v2beta2" -> decide(hpa.path("status").path("conditions"));
      default ->
          new HealthResult(
              HealthStatus.Unknown,
              "unsupported HorizontalPodAutoscaler version: " + hpa.path("apiVersion").asText());
    };
  }

  private static HealthResult fromAnnotation(JsonNode hpa) {
    String annotation = KubeObjects.annotation(hpa, V1_CONDITIONS);
    if (annotation == null) {
      return WAITING;
    }
    try {
      return decide(JSON.readTree(annotation));
    } catch (JsonProcessingException e) {
      return new HealthResult(
          HealthStatus.Unknown,
          "annotation "
              + V1_CONDITIONS
              + " is not a JSON list of conditions: "
              + e.getOriginalMessage());
    }
  }

  private static HealthResult decide(JsonNode conditions) {
    for (JsonNode condition : conditions) {
      String typeAndReason = text(condition.path("type")) + "/" + text(condition.path("reason"));
      if (DEGRADED.contains(typeAndReason)) {
        return new HealthResult(HealthStatus.Degraded, text(condition.path("message")));
      }
    }
    for (JsonNode condition : conditions) {
      if (HEALTHY_WHEN_TRUE.contains(text(condition.path("type"))) && Fields.isTrue(condition)) {
        return new HealthResult(HealthStatus.Healthy, text(condition.path("message")));
      }
    }
    return WAITING;
  }
}
