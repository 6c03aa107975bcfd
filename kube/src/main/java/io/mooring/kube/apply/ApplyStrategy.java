package io.mooring.kube.apply;

/** How a desired object is written to the cluster. */
public enum ApplyStrategy {
  /** kubectl apply: a three-way JSON merge patch, keeping the last-applied annotation. */
  CLIENT_SIDE,
  /** Server-side apply with Mooring's field manager ({@code ServerSideApply=true}). */
  SERVER_SIDE,
  /** PUT the whole object, replacing the live one ({@code Replace=true}). */
  REPLACE,
  /** Create when absent; leave an existing object untouched. */
  CREATE_ONLY
}
