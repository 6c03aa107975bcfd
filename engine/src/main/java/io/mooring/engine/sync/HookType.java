package io.mooring.engine.sync;

import java.util.Optional;

/** The values of the {@code argocd.argoproj.io/hook} annotation, spelled as Argo CD spells them. */
public enum HookType {
  PreSync,
  Sync,
  Skip,
  PostSync,
  SyncFail,
  PreDelete,
  PostDelete;

  /** The sync phase a hook of this type runs in; empty for Skip, PreDelete and PostDelete. */
  public Optional<SyncPhase> syncPhase() {
    return switch (this) {
      case PreSync -> Optional.of(SyncPhase.PreSync);
      case Sync -> Optional.of(SyncPhase.Sync);
      case PostSync -> Optional.of(SyncPhase.PostSync);
      case SyncFail -> Optional.of(SyncPhase.SyncFail);
      case Skip, PreDelete, PostDelete -> Optional.empty();
    };
  }

  /** The hook type of a phase, as recorded in a sync result's {@code hookType}. */
  public static HookType of(SyncPhase phase) {
    return valueOf(phase.name());
  }
}
