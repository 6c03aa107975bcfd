package io.mooring.cli.client;

import io.mooring.model.ModelCodec;
import io.mooring.model.SyncWindow;
import java.util.List;
import java.util.Objects;

/**
 * A project's sync windows as a table (argocd's {@code proj windows list} columns); the ID is the
 * window's index in {@code spec.syncWindows}, what {@code windows delete} takes.
 */
public final class SyncWindowsView {
  private SyncWindowsView() {}

  /** {@code windows}, with STATUS Active for those equal to one of {@code active}. */
  public static String render(List<SyncWindow> windows, List<SyncWindow> active) {
    Table table =
        new Table(
            "ID",
            "STATUS",
            "KIND",
            "SCHEDULE",
            "DURATION",
            "APPLICATIONS",
            "NAMESPACES",
            "CLUSTERS",
            "MANUALSYNC",
            "TIMEZONE");
    for (int id = 0; id < windows.size(); id++) {
      SyncWindow window = windows.get(id);
      table.row(
          Integer.toString(id),
          isIn(window, active) ? "Active" : "Inactive",
          window.kind,
          window.schedule,
          window.duration,
          listed(window.applications),
          listed(window.namespaces),
          listed(window.clusters),
          Boolean.TRUE.equals(window.manualSync) ? "Enabled" : "Disabled",
          Objects.requireNonNullElse(window.timeZone, ""));
    }
    return table.render();
  }

  private static boolean isIn(SyncWindow window, List<SyncWindow> windows) {
    return windows.stream()
        .anyMatch(other -> ModelCodec.toTree(other).equals(ModelCodec.toTree(window)));
  }

  private static String listed(List<String> items) {
    return items == null || items.isEmpty() ? "-" : String.join(",", items);
  }
}
