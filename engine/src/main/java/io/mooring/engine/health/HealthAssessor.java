package io.mooring.engine.health;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.health.builtin.BuiltInHealthChecks;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.KubeObjects;
import java.util.Objects;
import java.util.Optional;

/**
 * Judges the health of one Kubernetes object as Argo CD does: an object being deleted is
 * Progressing ("Pending deletion"); otherwise a custom check for its group and kind wins over the
 * built-in one; with neither, the result is empty ("no check applies", not Unknown).
 */
public final class HealthAssessor {
  /** Hooks keep this finalizer while being deleted; their health still matters then. */
  public static final String HOOK_FINALIZER = "argocd.argoproj.io/hook-finalizer";

  static final HealthResult PENDING_DELETION =
      new HealthResult(HealthStatus.Progressing, "Pending deletion");

  private final HealthCheckLookup customChecks;

  /** An assessor whose custom checks come from {@code customChecks}. */
  public HealthAssessor(HealthCheckLookup customChecks) {
    this.customChecks = Objects.requireNonNull(customChecks, "customChecks");
  }

  /** An assessor with the built-in checks only. */
  public static HealthAssessor builtInOnly() {
    return new HealthAssessor(HealthCheckLookup.NONE);
  }

  /** The object's health, or empty when no check applies to its group and kind. */
  public Optional<HealthResult> assess(JsonNode object) {
    if (isBeingDeleted(object)) {
      return Optional.of(PENDING_DELETION);
    }
    GroupKind groupKind = new GroupKind(KubeObjects.group(object), object.path("kind").asText(""));
    Optional<HealthCheck> check =
        customChecks.forKind(groupKind).or(() -> BuiltInHealthChecks.forKind(groupKind));
    return check.map(c -> safely(c, object));
  }

  private static HealthResult safely(HealthCheck check, JsonNode object) {
    try {
      return check.assess(object);
    } catch (RuntimeException e) {
      return new HealthResult(HealthStatus.Unknown, "health check failed: " + e);
    }
  }

  private static boolean isBeingDeleted(JsonNode object) {
    JsonNode metadata = object.path("metadata");
    JsonNode deletion = metadata.path("deletionTimestamp");
    if (deletion.isMissingNode() || deletion.isNull()) {
      return false;
    }
    for (JsonNode finalizer : metadata.path("finalizers")) {
      if (HOOK_FINALIZER.equals(finalizer.asText())) {
        return false;
      }
    }
    return true;
  }
}
