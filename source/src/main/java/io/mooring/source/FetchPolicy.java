package io.mooring.source;

/**
 * Whether a lookup may trust a fetch made moments ago (within the freshness window) or must ask the
 * remote again.
 */
public enum FetchPolicy {
  /** A fetch of the same repository within the freshness window is good enough. */
  REUSE_RECENT,
  /** Fetch now (hard refresh, or the repository announced a new revision). */
  FETCH_NOW
}
