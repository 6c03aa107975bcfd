package io.mooring.engine.health.builtin;

import static io.mooring.engine.health.builtin.Fields.number;
import static io.mooring.engine.health.builtin.Fields.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;
import io.mooring.engine.resource.KubeObjects;
import java.util.ArrayList;
import java.util.List;

/**
 * Pod. Pods that restart forever are judged on readiness and container errors; pods with a finite
 * life (restartPolicy Never or OnFailure, typically hooks) stay Progressing while running, unless
 * annotated {@code argocd.argoproj.io/ignore-restart-policy: "true"} and not a hook.
 */
final class PodHealth implements HealthCheck {
  static final String IGNORE_RESTART_POLICY = "argocd.argoproj.io/ignore-restart-policy";

  @Override
  public HealthResult assess(JsonNode pod) {
    JsonNode status = pod.path("status");
    String message = text(status.path("message"));
    boolean restartsAlways = "Always".equals(effectiveRestartPolicy(pod));
    if (restartsAlways) {
      List<String> errors = waitingErrors(status.path("containerStatuses"));
      if (!errors.isEmpty()) {
        return new HealthResult(HealthStatus.Degraded, String.join(", ", errors));
      }
    }
    switch (text(status.path("phase"))) {
      case "Pending":
        return new HealthResult(HealthStatus.Progressing, message);
      case "Succeeded":
        return new HealthResult(HealthStatus.Healthy, message);
      case "Failed":
        return new HealthResult(HealthStatus.Degraded, failureMessage(status));
      case "Running":
        return running(pod, restartsAlways);
      default:
        return new HealthResult(HealthStatus.Unknown, message);
    }
  }

  private static HealthResult running(JsonNode pod, boolean restartsAlways) {
    JsonNode status = pod.path("status");
    String message = text(status.path("message"));
    if (restartsAlways) {
      if (Fields.isTrue(Fields.condition(pod, "Ready"))) {
        return new HealthResult(HealthStatus.Healthy, message);
      }
      for (JsonNode container : status.path("containerStatuses")) {
        if (container.path("lastState").path("terminated").isObject()) {
          return new HealthResult(HealthStatus.Degraded, message);
        }
      }
      return new HealthResult(HealthStatus.Progressing, message);
    }
    String policy = effectiveRestartPolicy(pod);
    if ("Never".equals(policy) || "OnFailure".equals(policy)) {
      return new HealthResult(HealthStatus.Progressing, message);
    }
    return new HealthResult(HealthStatus.Unknown, message);
  }

  /** Pods annotated to ignore their restart policy are judged as if they restart forever. */
  private static String effectiveRestartPolicy(JsonNode pod) {
    String policy = text(pod.path("spec").path("restartPolicy"));
    boolean ignore = "true".equals(KubeObjects.annotation(pod, IGNORE_RESTART_POLICY));
    return ignore && !Hooks.isHook(pod) ? "Always" : policy;
  }

  private static List<String> waitingErrors(JsonNode containerStatuses) {
    List<String> messages = new ArrayList<>();
    for (JsonNode container : containerStatuses) {
      JsonNode waiting = container.path("state").path("waiting");
      if (!waiting.isObject()) {
        continue;
      }
      String reason = text(waiting.path("reason"));
      if (reason.startsWith("Err") || reason.endsWith("Error") || reason.endsWith("BackOff")) {
        messages.add(text(waiting.path("message")));
      }
    }
    return messages;
  }

  private static String failureMessage(JsonNode status) {
    String message = text(status.path("message"));
    if (!message.isEmpty()) {
      return message;
    }
    List<JsonNode> containers = new ArrayList<>();
    status.path("initContainerStatuses").forEach(containers::add);
    status.path("containerStatuses").forEach(containers::add);
    for (JsonNode container : containers) {
      JsonNode terminated = container.path("state").path("terminated");
      if (!terminated.isObject()) {
        continue;
      }
      String terminationMessage = text(terminated.path("message"));
      if (!terminationMessage.isEmpty()) {
        return terminationMessage;
      }
      if ("OOMKilled".equals(text(terminated.path("reason")))) {
        return "OOMKilled";
      }
      long exitCode = number(terminated.path("exitCode"));
      if (exitCode != 0) {
        return "container \"%s\" failed with exit code %d"
            .formatted(text(container.path("name")), exitCode);
      }
    }
    return "";
  }
}
