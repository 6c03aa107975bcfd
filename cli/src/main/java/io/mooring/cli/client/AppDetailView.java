package io.mooring.cli.client;

import io.mooring.model.Application;
import io.mooring.model.ApplicationCondition;
import io.mooring.model.ApplicationSource;
import io.mooring.model.ResourceStatus;
import java.util.List;

/**
 * {@code mooring app get NAME}: a summary (project, destination, sources, sync policy, sync and
 * health status), the conditions, and a table of the managed resources ({@code wide} adds the
 * resource's sync wave and health message).
 */
public final class AppDetailView {
  private AppDetailView() {}

  /** The human view of {@code app}: its summary, a blank line, then its resources. */
  public static String render(Application app, OutputMode mode, Palette palette) {
    return summary(app, palette) + '\n' + resources(app, mode, palette);
  }

  /** Project, destination, sources, sync policy, sync and health status, and the conditions. */
  public static String summary(Application app, Palette palette) {
    StringBuilder out = new StringBuilder();
    field(out, "Name:", AppFacts.name(app));
    field(out, "Project:", AppFacts.project(app));
    field(out, "Server:", AppFacts.cluster(app));
    field(out, "Namespace:", AppFacts.namespace(app));
    for (ApplicationSource source : AppFacts.sources(app)) {
      out.append("Source:\n");
      field(out, "- Repo:", source.repoURL);
      field(out, "  Target:", source.targetRevision);
      if (source.chart != null) {
        field(out, "  Chart:", source.chart);
      } else {
        field(out, "  Path:", source.path);
      }
    }
    field(out, "Sync Policy:", AppFacts.syncPolicy(app));
    String revision = AppFacts.syncRevision(app);
    field(
        out,
        "Sync Status:",
        palette.status(AppFacts.syncStatus(app))
            + (revision.isEmpty() ? "" : " (" + shortRevision(revision) + ")"));
    String healthMessage = AppFacts.healthMessage(app);
    field(
        out,
        "Health Status:",
        palette.status(AppFacts.health(app))
            + (healthMessage.isEmpty() ? "" : " (" + healthMessage + ")"));
    List<ApplicationCondition> conditions = AppFacts.conditions(app);
    if (!conditions.isEmpty()) {
      out.append('\n');
      Table table = new Table("CONDITION", "MESSAGE", "LAST TRANSITION");
      for (ApplicationCondition condition : conditions) {
        table.row(condition.type, condition.message, condition.lastTransitionTime);
      }
      out.append(table.render());
    }
    return out.toString();
  }

  /** The table of managed resources ({@code wide} adds each one's wave and health message). */
  public static String resources(Application app, OutputMode mode, Palette palette) {
    List<ResourceStatus> resources =
        app.status == null || app.status.resources == null ? List.of() : app.status.resources;
    boolean wide = mode == OutputMode.wide;
    Table table =
        wide
            ? new Table(
                "GROUP", "KIND", "NAMESPACE", "NAME", "STATUS", "HEALTH", "HOOK", "WAVE", "MESSAGE")
            : new Table("GROUP", "KIND", "NAMESPACE", "NAME", "STATUS", "HEALTH", "HOOK");
    for (ResourceStatus resource : resources) {
      String health = resource.health == null ? "" : palette.status(resource.health.status);
      String hook = Boolean.TRUE.equals(resource.hook) ? "true" : "";
      if (wide) {
        table.row(
            resource.group,
            resource.kind,
            resource.namespace,
            resource.name,
            palette.status(resource.status),
            health,
            hook,
            resource.syncWave == null ? "" : resource.syncWave.toString(),
            resource.health == null ? "" : resource.health.message);
      } else {
        table.row(
            resource.group,
            resource.kind,
            resource.namespace,
            resource.name,
            palette.status(resource.status),
            health,
            hook);
      }
    }
    return table.render();
  }

  private static void field(StringBuilder out, String label, String value) {
    Fields.add(out, label, value);
  }

  private static String shortRevision(String revision) {
    return revision.matches("[0-9a-f]{40}") ? revision.substring(0, 7) : revision;
  }
}
