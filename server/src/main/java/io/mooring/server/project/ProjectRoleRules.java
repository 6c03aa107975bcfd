package io.mooring.server.project;

import io.mooring.model.AppProject;
import io.mooring.model.ProjectRole;
import io.mooring.server.rbac.PolicyLine;
import io.mooring.server.rbac.ProjectRolePolicies;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an AppProject's roles as Argo CD does before storing it: valid and unique role names, and
 * policy lines {@code p, proj:<project>:<role>, <resource>, <action>, <project>/<object>,
 * allow|deny} that grant nothing outside the project. Pure: returns {@code path: message} problems.
 */
public final class ProjectRoleRules {
  private static final Pattern ROLE_NAME =
      Pattern.compile("^[a-zA-Z0-9]([-_a-zA-Z0-9]*[a-zA-Z0-9])?$");
  private static final Set<String> RESOURCES =
      Set.of("applications", "applicationsets", "repositories", "clusters", "logs", "exec");

  private ProjectRoleRules() {}

  /** The problems of {@code project}'s roles, each as {@code spec.roles[i]…: message}. */
  public static List<String> problems(AppProject project) {
    List<String> problems = new ArrayList<>();
    if (project.metadata == null || project.spec == null || project.spec.roles == null) {
      return problems;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < project.spec.roles.size(); i++) {
      ProjectRole role = project.spec.roles.get(i);
      String path = "spec.roles[" + i + "]";
      if (role == null || role.name == null || !ROLE_NAME.matcher(role.name).matches()) {
        problems.add(
            path
                + ".name: '"
                + (role == null ? null : role.name)
                + "' is not a valid role name (letters, digits, '-' and '_', starting and ending"
                + " with a letter or digit)");
        continue;
      }
      if (!seen.add(role.name)) {
        problems.add(path + ".name: role '" + role.name + "' already exists");
      }
      List<String> policies = role.policies == null ? List.of() : role.policies;
      for (int j = 0; j < policies.size(); j++) {
        String problem = policyProblem(project.metadata.name, role.name, policies.get(j));
        if (problem != null) {
          problems.add(path + ".policies[" + j + "]: " + problem);
        }
      }
    }
    return problems;
  }

  private static String policyProblem(String project, String role, String line) {
    List<String> fields = PolicyLine.split(line == null ? "" : line);
    String quoted = "policy '" + line + "'";
    if (fields.size() != 6 || !fields.get(0).equals("p")) {
      return quoted + " must be of the form 'p, sub, res, act, obj, eft'";
    }
    String subject = ProjectRolePolicies.subject(project, role);
    if (!fields.get(1).equals(subject)) {
      return quoted + ": the subject must be '" + subject + "'";
    }
    if (!RESOURCES.contains(fields.get(2))) {
      return quoted
          + ": the resource must be one of applications, applicationsets, repositories, clusters,"
          + " logs, exec";
    }
    if (!fields.get(4).startsWith(project + "/")) {
      return quoted + ": the object must lie in the project ('" + project + "/…')";
    }
    if (!fields.get(5).equals("allow") && !fields.get(5).equals("deny")) {
      return quoted + ": the effect must be allow or deny";
    }
    return null;
  }
}
