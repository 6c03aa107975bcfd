package io.mooring.cli.client;

import io.mooring.model.AppProject;
import io.mooring.model.AppProjectSpec;
import java.util.List;

/** {@code mooring proj list} as a table, with argocd's columns. */
public final class ProjectListView {
  private ProjectListView() {}

  public static String render(List<AppProject> projects) {
    Table table =
        new Table(
            "NAME",
            "DESCRIPTION",
            "DESTINATIONS",
            "SOURCES",
            "CLUSTER-RESOURCE-WHITELIST",
            "NAMESPACE-RESOURCE-BLACKLIST",
            "ROLES",
            "WINDOWS");
    for (AppProject project : projects) {
      AppProjectSpec spec = ProjectFacts.spec(project);
      table.row(
          ProjectFacts.name(project),
          ProjectFacts.description(project),
          ProjectFacts.summarised(ProjectFacts.destinations(project), "destinations"),
          ProjectFacts.summarised(ProjectFacts.sources(project), "repos"),
          ProjectFacts.summarised(ProjectFacts.kinds(spec.clusterResourceWhitelist), "resources"),
          ProjectFacts.summarised(ProjectFacts.kinds(spec.namespaceResourceBlacklist), "resources"),
          Integer.toString(spec.roles == null ? 0 : spec.roles.size()),
          Integer.toString(spec.syncWindows == null ? 0 : spec.syncWindows.size()));
    }
    return table.render();
  }
}
