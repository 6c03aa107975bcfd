package io.mooring.controller.status;

import io.mooring.model.ApplicationCondition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Maintains status.conditions: set or clear by type, keeping lastTransitionTime when unchanged. */
public final class Conditions {
  public static final String COMPARISON_ERROR = "ComparisonError";
  public static final String INVALID_SPEC_ERROR = "InvalidSpecError";
  public static final String SYNC_ERROR = "SyncError";
  public static final String ORPHANED_RESOURCE_WARNING = "OrphanedResourceWarning";
  public static final String SHARED_RESOURCE_WARNING = "SharedResourceWarning";
  public static final String DELETION_ERROR = "DeletionError";
  public static final String UNKNOWN_ERROR = "UnknownError";

  private Conditions() {}

  /**
   * Returns {@code current} with the conditions of the given {@code types} replaced by {@code
   * wanted}: conditions of other types are kept; a wanted condition equal in type and message to an
   * existing one keeps its lastTransitionTime.
   */
  public static List<ApplicationCondition> replace(
      List<ApplicationCondition> current,
      Set<String> types,
      List<ApplicationCondition> wanted,
      Instant now) {
    List<ApplicationCondition> existing = current == null ? List.of() : current;
    List<ApplicationCondition> next = new ArrayList<>();
    for (ApplicationCondition condition : existing) {
      if (!types.contains(condition.type)) {
        next.add(condition);
      }
    }
    for (ApplicationCondition condition : wanted) {
      ApplicationCondition same =
          existing.stream()
              .filter(c -> condition.type.equals(c.type) && condition.message.equals(c.message))
              .findFirst()
              .orElse(null);
      condition.lastTransitionTime =
          same != null && same.lastTransitionTime != null
              ? same.lastTransitionTime
              : now.toString();
      next.add(condition);
    }
    return next;
  }

  /** A new condition of {@code type} with {@code message}. */
  public static ApplicationCondition of(String type, String message) {
    ApplicationCondition condition = new ApplicationCondition();
    condition.type = type;
    condition.message = message;
    return condition;
  }
}
