package io.mooring.cli.client;

import io.mooring.model.AppProject;
import io.mooring.model.AppProjectSpec;
import io.mooring.model.JwtToken;
import io.mooring.model.ProjectRole;
import io.mooring.model.SyncWindow;
import java.util.List;

/**
 * {@code mooring proj get NAME}: the project's rules as labelled lines (argocd's labels), then its
 * roles and sync windows when it has any.
 */
public final class ProjectDetailView {
  private static final int LABEL_WIDTH = 30;

  private ProjectDetailView() {}

  /** The project, its windows marked Active when they are among {@code activeWindows}. */
  public static String render(AppProject project, List<SyncWindow> activeWindows) {
    AppProjectSpec spec = ProjectFacts.spec(project);
    StringBuilder out = new StringBuilder();
    field(out, "Name:", ProjectFacts.name(project));
    field(out, "Description:", ProjectFacts.description(project));
    lines(out, "Destinations:", ProjectFacts.destinations(project));
    lines(out, "Repositories:", ProjectFacts.sources(project));
    field(
        out,
        "Allowed Cluster Resources:",
        ProjectFacts.joined(ProjectFacts.kinds(spec.clusterResourceWhitelist)));
    field(
        out,
        "Denied Cluster Resources:",
        ProjectFacts.joined(ProjectFacts.kinds(spec.clusterResourceBlacklist)));
    field(
        out,
        "Allowed Namespaced Resources:",
        ProjectFacts.joined(ProjectFacts.kinds(spec.namespaceResourceWhitelist)));
    field(
        out,
        "Denied Namespaced Resources:",
        ProjectFacts.joined(ProjectFacts.kinds(spec.namespaceResourceBlacklist)));
    field(
        out,
        "Orphaned Resources:",
        spec.orphanedResources == null
            ? "disabled"
            : Boolean.TRUE.equals(spec.orphanedResources.warn) ? "enabled (warn)" : "enabled");
    if (spec.roles != null && !spec.roles.isEmpty()) {
      out.append('\n').append(roles(spec.roles));
    }
    if (spec.syncWindows != null && !spec.syncWindows.isEmpty()) {
      out.append('\n').append(SyncWindowsView.render(spec.syncWindows, activeWindows));
    }
    return out.toString();
  }

  /** A table of the roles: name, description, policy count, tokens (by id). */
  static String roles(List<ProjectRole> roles) {
    Table table = new Table("ROLE", "DESCRIPTION", "POLICIES", "TOKENS");
    for (ProjectRole role : roles) {
      List<JwtToken> tokens = role.jwtTokens == null ? List.of() : role.jwtTokens;
      table.row(
          role.name,
          role.description,
          Integer.toString(role.policies == null ? 0 : role.policies.size()),
          Integer.toString(tokens.size()));
    }
    return table.render();
  }

  /** The first value on the label's line, each further one on a line of its own below it. */
  private static void lines(StringBuilder out, String label, List<String> values) {
    if (values.isEmpty()) {
      field(out, label, "<none>");
      return;
    }
    field(out, label, values.get(0));
    for (String value : values.subList(1, values.size())) {
      field(out, "", value);
    }
  }

  private static void field(StringBuilder out, String label, String value) {
    String pad = " ".repeat(Math.max(label.isEmpty() ? 0 : 1, LABEL_WIDTH - label.length()));
    String line = label + pad + value;
    out.append(line.stripTrailing()).append('\n');
  }
}
