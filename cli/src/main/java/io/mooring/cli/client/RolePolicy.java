package io.mooring.cli.client;

/**
 * A project role's RBAC policy line as Argo CD writes it: {@code p, proj:PROJECT:ROLE, RESOURCE,
 * ACTION, PROJECT/OBJECT, PERMISSION}.
 */
public record RolePolicy(
    String project, String role, String resource, String action, String object, String permission) {

  public RolePolicy {
    if (!permission.equals("allow") && !permission.equals("deny")) {
      throw new ProjectEditException("permission '" + permission + "' must be allow or deny");
    }
  }

  public String line() {
    return String.join(
        ", ",
        "p",
        "proj:" + project + ":" + role,
        resource,
        action,
        project + "/" + object,
        permission);
  }
}
