package io.mooring.engine.sync;

/** The phases of a sync operation, in the order they run; SyncFail runs only after a failure. */
public enum SyncPhase {
  PreSync,
  Sync,
  PostSync,
  SyncFail
}
