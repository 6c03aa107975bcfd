package io.mooring.cli.client;

import io.mooring.model.Application;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code mooring app wait} waits for, as argocd's flags mean it: in sync; no operation in
 * progress; health Healthy, Suspended or Degraded (the health flags given are alternatives). With
 * no flag at all: in sync, healthy and no operation. Pure.
 */
public final class WaitConditions {
  /** One flag of {@code app wait}. */
  public enum Condition {
    SYNC,
    HEALTH,
    OPERATION,
    SUSPENDED,
    DEGRADED
  }

  private final Set<Condition> conditions;

  private WaitConditions(Set<Condition> conditions) {
    this.conditions = Set.copyOf(conditions);
  }

  /** The conditions of the flags given; none given means SYNC, HEALTH and OPERATION. */
  public static WaitConditions of(Set<Condition> given) {
    return new WaitConditions(
        given.isEmpty()
            ? EnumSet.of(Condition.SYNC, Condition.HEALTH, Condition.OPERATION)
            : given);
  }

  /** What does not hold yet for {@code app}, one phrase each; empty when everything holds. */
  public List<String> unmet(Application app) {
    List<String> unmet = new ArrayList<>();
    if (conditions.contains(Condition.SYNC) && !"Synced".equals(AppFacts.syncStatus(app))) {
      unmet.add("sync status is " + orUnknown(AppFacts.syncStatus(app)) + " (want Synced)");
    }
    Set<String> health = wantedHealth();
    if (!health.isEmpty() && !health.contains(AppFacts.health(app))) {
      unmet.add(
          "health is "
              + orUnknown(AppFacts.health(app))
              + " (want "
              + String.join(" or ", health)
              + ")");
    }
    if (conditions.contains(Condition.OPERATION) && operationInProgress(app)) {
      unmet.add("an operation is in progress (" + operationPhase(app) + ")");
    }
    return unmet;
  }

  private Set<String> wantedHealth() {
    Set<String> health = new TreeSet<>();
    if (conditions.contains(Condition.HEALTH)) {
      health.add("Healthy");
    }
    if (conditions.contains(Condition.SUSPENDED)) {
      health.add("Suspended");
    }
    if (conditions.contains(Condition.DEGRADED)) {
      health.add("Degraded");
    }
    return health;
  }

  private static boolean operationInProgress(Application app) {
    String phase = operationPhase(app);
    return app.operation != null || "Running".equals(phase) || "Terminating".equals(phase);
  }

  private static String operationPhase(Application app) {
    if (app.status == null || app.status.operationState == null) {
      return app.operation != null ? "requested" : "";
    }
    String phase = app.status.operationState.phase;
    return app.operation != null && !"Running".equals(phase) && !"Terminating".equals(phase)
        ? "requested"
        : phase;
  }

  private static String orUnknown(String value) {
    return value == null || value.isEmpty() ? "not known yet" : value;
  }
}
