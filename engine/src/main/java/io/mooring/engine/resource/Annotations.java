package io.mooring.engine.resource;

/**
 * Every annotation and label key Mooring reads on managed resources and Applications, spelled as
 * Argo CD spells them. The one place these strings live.
 */
public final class Annotations {
  private Annotations() {}

  /** Sync wave of a resource or hook: an integer, default 0, negative allowed. */
  public static final String SYNC_WAVE = "argocd.argoproj.io/sync-wave";

  /** Comma list of hook types: PreSync, Sync, Skip, PostSync, SyncFail, PreDelete, PostDelete. */
  public static final String HOOK = "argocd.argoproj.io/hook";

  /** Comma list of hook delete policies: HookSucceeded, HookFailed, BeforeHookCreation. */
  public static final String HOOK_DELETE_POLICY = "argocd.argoproj.io/hook-delete-policy";

  /** Per-resource sync options, comma separated {@code Key=value} pairs (Prune=false, ...). */
  public static final String SYNC_OPTIONS = "argocd.argoproj.io/sync-options";

  /** Per-resource compare options (IgnoreExtraneous, ServerSideDiff=true, ...). */
  public static final String COMPARE_OPTIONS = "argocd.argoproj.io/compare-options";

  /** Annotation tracking: {@code <app>:<group>/<kind>:<namespace>/<name>}. */
  public static final String TRACKING_ID = "argocd.argoproj.io/tracking-id";

  /** Label tracking (Argo CD's default): the name of the owning application. */
  public static final String INSTANCE_LABEL = "app.kubernetes.io/instance";

  /** The configuration last applied by client-side apply, as JSON. */
  public static final String LAST_APPLIED_CONFIGURATION =
      "kubectl.kubernetes.io/last-applied-configuration";

  /** Helm hook types (pre-install, post-upgrade, ...), mapped to Argo CD hook types. */
  public static final String HELM_HOOK = "helm.sh/hook";

  /** Helm hook weight, used as the sync wave when no sync-wave annotation is present. */
  public static final String HELM_HOOK_WEIGHT = "helm.sh/hook-weight";

  /** Helm hook delete policies (before-hook-creation, hook-succeeded, hook-failed). */
  public static final String HELM_HOOK_DELETE_POLICY = "helm.sh/hook-delete-policy";

  /** On an Application: request a refresh, {@code normal} or {@code hard}. */
  public static final String REFRESH = "argocd.argoproj.io/refresh";

  /** On an Application: semicolon list of paths whose changes affect its manifests. */
  public static final String MANIFEST_GENERATE_PATHS = "argocd.argoproj.io/manifest-generate-paths";

  /** On a Pod: {@code "true"} makes health ignore the restart policy (Argo CD 2.x). */
  public static final String IGNORE_RESTART_POLICY = "argocd.argoproj.io/ignore-restart-policy";

  /** Label on cluster and repository credential Secrets: cluster, repository, repo-creds. */
  public static final String SECRET_TYPE_LABEL = "argocd.argoproj.io/secret-type";
}
