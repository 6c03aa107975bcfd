package io.mooring.cli.client;

import io.mooring.model.Application;
import io.mooring.model.ApplicationSource;
import io.mooring.model.RevisionHistory;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mooring app history NAME}: one row per deployment (ID, DATE deployed, REVISION as {@code
 * targetRevision (commit)}, SOURCE as {@code repoURL path}), oldest first, dates in {@code zone}.
 */
public final class HistoryView {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

  private HistoryView() {}

  /** The deployments of {@code app} (none: an empty table). */
  public static List<RevisionHistory> entries(Application app) {
    return app.status == null || app.status.history == null ? List.of() : app.status.history;
  }

  public static String render(Application app, ZoneId zone) {
    Table table = new Table("ID", "DATE", "REVISION", "SOURCE");
    for (RevisionHistory entry : entries(app)) {
      table.row(
          entry.id == null ? "" : entry.id.toString(),
          date(entry.deployedAt, zone),
          revision(entry),
          source(entry));
    }
    return table.render();
  }

  private static String revision(RevisionHistory entry) {
    List<ApplicationSource> sources = sources(entry);
    List<String> revisions =
        entry.revisions != null && !entry.revisions.isEmpty()
            ? entry.revisions
            : entry.revision == null ? List.of() : List.of(entry.revision);
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < revisions.size(); i++) {
      String target = i < sources.size() ? sources.get(i).targetRevision : null;
      String commit = shortened(revisions.get(i));
      shown.add(target == null || target.isBlank() ? commit : target + " (" + commit + ")");
    }
    return String.join(", ", shown);
  }

  private static String source(RevisionHistory entry) {
    List<String> shown = new ArrayList<>();
    for (ApplicationSource source : sources(entry)) {
      String where = source.chart != null ? source.chart : source.path;
      shown.add(source.repoURL + (where == null || where.isBlank() ? "" : " " + where));
    }
    return String.join(", ", shown);
  }

  private static List<ApplicationSource> sources(RevisionHistory entry) {
    if (entry.sources != null && !entry.sources.isEmpty()) {
      return entry.sources;
    }
    return entry.source == null ? List.of() : List.of(entry.source);
  }

  private static String date(String instant, ZoneId zone) {
    if (instant == null) {
      return "";
    }
    try {
      return DATE.format(Instant.parse(instant).atZone(zone));
    } catch (DateTimeParseException e) {
      return instant;
    }
  }

  private static String shortened(String revision) {
    return revision != null && revision.matches("[0-9a-f]{40}")
        ? revision.substring(0, 7)
        : revision;
  }
}
