package io.mooring.server.secrets;

/** The label and annotation names and values with which Argo CD marks its credential Secrets. */
public final class SecretTypes {
  /** The label telling what a Secret holds. */
  public static final String LABEL = "argocd.argoproj.io/secret-type";

  /** A repository (one URL, optionally scoped to a project). */
  public static final String REPOSITORY = "repository";

  /** A credential template applying to every repository whose URL starts with its own. */
  public static final String REPO_CREDS = "repo-creds";

  /** A cluster Argo CD may deploy to. */
  public static final String CLUSTER = "cluster";

  /** The annotation Argo CD puts on the Secrets it writes itself. */
  public static final String MANAGED_BY = "managed-by";

  /** Its value. */
  public static final String MANAGED_BY_ARGOCD = "argocd.argoproj.io";

  private SecretTypes() {}
}
