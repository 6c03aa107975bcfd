package io.mooring.server.settings;

/** The names of Argo CD's settings objects and of the keys the server reads in them. */
public final class SettingsNames {
  /** The settings ConfigMap: accounts, anonymous access, session duration. */
  public static final String ARGOCD_CM = "argocd-cm";

  /** The RBAC ConfigMap: {@code policy.csv}, {@code policy.default}, {@code scopes}. */
  public static final String ARGOCD_RBAC_CM = "argocd-rbac-cm";

  /** The server's Secret: password hashes, the JWT signing key, webhook secrets. */
  public static final String ARGOCD_SECRET = "argocd-secret";

  /** Holds the generated admin password until the admin changes it. */
  public static final String INITIAL_ADMIN_SECRET = "argocd-initial-admin-secret";

  /** The key in {@link #ARGOCD_SECRET} holding the JWT signing key. */
  public static final String SERVER_SECRET_KEY = "server.secretkey";

  /** The key in {@link #ARGOCD_CM} that turns anonymous access on. */
  public static final String ANONYMOUS_ENABLED = "users.anonymous.enabled";

  /** The key in {@link #ARGOCD_CM} holding the session token lifetime (a Go duration). */
  public static final String SESSION_DURATION = "users.session.duration";

  private SettingsNames() {}
}
