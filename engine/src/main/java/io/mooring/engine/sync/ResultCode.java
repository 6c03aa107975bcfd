package io.mooring.engine.sync;

/** The outcome recorded for one resource of a sync, as in {@code syncResult.resources[].status}. */
public enum ResultCode {
  Synced,
  SyncFailed,
  Pruned,
  PruneSkipped
}
