package io.mooring.server.rbac;

import io.mooring.model.AppProject;
import io.mooring.model.ProjectRole;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy lines of project roles ({@code proj:<project>:<role>}) from AppProjects' {@code
 * spec.roles}: each role's own p lines, kept only when their subject is that role and their object
 * lies in that project (a project cannot grant rights elsewhere), and a g line per SSO group.
 */
public final class ProjectRolePolicies {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectRolePolicies.class);

  private ProjectRolePolicies() {}

  /** The subject of role {@code role} of project {@code project}. */
  public static String subject(String project, String role) {
    return "proj:" + project + ":" + role;
  }

  /** The CSV lines granted by the roles of {@code projects}. */
  public static String csv(List<AppProject> projects) {
    StringBuilder csv = new StringBuilder();
    for (AppProject project : projects) {
      if (project.metadata == null || project.spec == null || project.spec.roles == null) {
        continue;
      }
      for (ProjectRole role : project.spec.roles) {
        appendRole(csv, project.metadata.name, role);
      }
    }
    return csv.toString();
  }

  private static void appendRole(StringBuilder csv, String project, ProjectRole role) {
    String subject = subject(project, role.name);
    for (String line : role.policies == null ? List.<String>of() : role.policies) {
      List<String> fields = PolicyLine.split(line);
      if (fields.isEmpty()) {
        continue;
      }
      if (fields.size() < 5 || !fields.get(0).equals("p") || !fields.get(1).equals(subject)) {
        LOG.warn(
            "AppProject {} role {}: policy '{}' must be 'p, {}, …'; ignored",
            project,
            role.name,
            line,
            subject);
      } else if (!fields.get(4).startsWith(project + "/")) {
        LOG.warn(
            "AppProject {} role {}: policy '{}' names an object outside the project; ignored",
            project,
            role.name,
            line);
      } else {
        csv.append(line.trim()).append('\n');
      }
    }
    for (String group : role.groups == null ? List.<String>of() : role.groups) {
      csv.append("g, ").append(group).append(", ").append(subject).append('\n');
    }
  }
}
