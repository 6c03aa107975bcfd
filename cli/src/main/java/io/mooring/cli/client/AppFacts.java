package io.mooring.cli.client;

import io.mooring.model.Application;
import io.mooring.model.ApplicationCondition;
import io.mooring.model.ApplicationSource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Null-safe facts read off an Application for display (absent values print as empty). */
public final class AppFacts {
  private AppFacts() {}

  public static String name(Application app) {
    return app.metadata == null ? "" : nullToEmpty(app.metadata.name);
  }

  public static String project(Application app) {
    return app.spec == null || app.spec.project == null || app.spec.project.isBlank()
        ? "default"
        : app.spec.project;
  }

  /** The destination server, or its name when only the name is set. */
  public static String cluster(Application app) {
    if (app.spec == null || app.spec.destination == null) {
      return "";
    }
    String server = app.spec.destination.server;
    return server == null || server.isBlank() ? nullToEmpty(app.spec.destination.name) : server;
  }

  public static String namespace(Application app) {
    return app.spec == null || app.spec.destination == null
        ? ""
        : nullToEmpty(app.spec.destination.namespace);
  }

  public static String syncStatus(Application app) {
    return app.status == null || app.status.sync == null ? "" : nullToEmpty(app.status.sync.status);
  }

  public static String syncRevision(Application app) {
    return app.status == null || app.status.sync == null
        ? ""
        : nullToEmpty(app.status.sync.revision);
  }

  public static String health(Application app) {
    return app.status == null || app.status.health == null
        ? ""
        : nullToEmpty(app.status.health.status);
  }

  public static String healthMessage(Application app) {
    return app.status == null || app.status.health == null
        ? ""
        : nullToEmpty(app.status.health.message);
  }

  /** {@code Auto-Prune}, {@code Auto} or {@code Manual}, as argocd prints it. */
  public static String syncPolicy(Application app) {
    if (app.spec == null || app.spec.syncPolicy == null || app.spec.syncPolicy.automated == null) {
      return "Manual";
    }
    return Boolean.TRUE.equals(app.spec.syncPolicy.automated.prune) ? "Auto-Prune" : "Auto";
  }

  /** The sources (one, or several for multi-source apps). */
  public static List<ApplicationSource> sources(Application app) {
    if (app.spec == null) {
      return List.of();
    }
    if (app.spec.sources != null && !app.spec.sources.isEmpty()) {
      return app.spec.sources;
    }
    return app.spec.source == null ? List.of() : List.of(app.spec.source);
  }

  public static List<ApplicationCondition> conditions(Application app) {
    return app.status == null || app.status.conditions == null ? List.of() : app.status.conditions;
  }

  /** Condition types with counts, e.g. {@code SyncError(2),ComparisonError}, or {@code <none>}. */
  public static String conditionSummary(Application app) {
    Map<String, Long> counts =
        conditions(app).stream()
            .collect(
                Collectors.groupingBy(
                    c -> nullToEmpty(c.type), TreeMap::new, Collectors.counting()));
    if (counts.isEmpty()) {
      return "<none>";
    }
    return counts.entrySet().stream()
        .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + "(" + e.getValue() + ")")
        .collect(Collectors.joining(","));
  }

  static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
