package io.mooring.cli.client;

import io.mooring.model.Application;
import io.mooring.model.ApplicationSource;
import java.util.List;

/** {@code mooring app list} as a table; {@code wide} adds the source columns. */
public final class AppListView {
  private AppListView() {}

  /** The table of {@code apps}. */
  public static String render(List<Application> apps, OutputMode mode, Palette palette) {
    boolean wide = mode == OutputMode.wide;
    Table table =
        wide
            ? new Table(
                "NAME",
                "CLUSTER",
                "NAMESPACE",
                "PROJECT",
                "STATUS",
                "HEALTH",
                "SYNCPOLICY",
                "CONDITIONS",
                "REPO",
                "PATH",
                "TARGET")
            : new Table(
                "NAME",
                "CLUSTER",
                "NAMESPACE",
                "PROJECT",
                "STATUS",
                "HEALTH",
                "SYNCPOLICY",
                "CONDITIONS");
    for (Application app : apps) {
      String[] common = {
        AppFacts.name(app),
        AppFacts.cluster(app),
        AppFacts.namespace(app),
        AppFacts.project(app),
        palette.status(AppFacts.syncStatus(app)),
        palette.status(AppFacts.health(app)),
        AppFacts.syncPolicy(app),
        AppFacts.conditionSummary(app)
      };
      if (wide) {
        ApplicationSource source = AppFacts.sources(app).stream().findFirst().orElse(null);
        table.row(
            append(
                common,
                source == null ? "" : source.repoURL,
                source == null ? "" : source.path,
                source == null ? "" : source.targetRevision));
      } else {
        table.row(common);
      }
    }
    return table.render();
  }

  private static String[] append(String[] head, String... tail) {
    String[] all = new String[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
