package io.mooring.source;

/** Where a source's manifests came from in one request. */
public enum RenderOrigin {
  /** Rendered now by the directory reader, kustomize or helm. */
  RENDERED,
  /** Found in the manifest cache for this exact commit and parameters. */
  CACHED,
  /** Reused from an earlier commit: nothing under manifest-generate-paths changed since. */
  REUSED_UNCHANGED_PATHS
}
