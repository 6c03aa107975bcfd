package io.mooring.server.rbac;

/**
 * The built-in roles, written from Argo CD's documented semantics: {@code role:readonly} may get
 * every kind of resource (and read logs); {@code role:admin} may do everything and inherits
 * readonly; the local {@code admin} account is a {@code role:admin}.
 */
public final class BuiltinPolicy {
  /** The read-only role. */
  public static final String READONLY = "role:readonly";

  /** The administrator role. */
  public static final String ADMIN = "role:admin";

  /** The policy lines, in the same CSV format as argocd-rbac-cm's {@code policy.csv}. */
  public static final String CSV =
      """
      p, role:readonly, applications, get, */*, allow
      p, role:readonly, applicationsets, get, */*, allow
      p, role:readonly, certificates, get, *, allow
      p, role:readonly, clusters, get, *, allow
      p, role:readonly, repositories, get, *, allow
      p, role:readonly, write-repositories, get, *, allow
      p, role:readonly, projects, get, *, allow
      p, role:readonly, accounts, get, *, allow
      p, role:readonly, gpgkeys, get, *, allow
      p, role:readonly, logs, get, */*, allow
      p, role:admin, *, *, *, allow
      g, role:admin, role:readonly
      g, admin, role:admin
      """;

  private BuiltinPolicy() {}
}
