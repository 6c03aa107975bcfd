package io.mooring.engine.sync;

import java.util.Comparator;

/** The order tasks run in: phase, wave, kind (per {@link KindOrder}), name, then namespace. */
public final class TaskOrder {
  /** Orders tasks as Argo CD does, with namespace and action as final tie-breakers. */
  public static final Comparator<SyncTask> COMPARATOR =
      Comparator.comparing(SyncTask::phase)
          .thenComparingInt(SyncTask::wave)
          .thenComparingInt(t -> KindOrder.rank(t.key().kind()))
          .thenComparing(t -> t.key().name())
          .thenComparing(t -> t.key().namespace())
          .thenComparing(t -> t.key().group())
          .thenComparing(SyncTask::action);

  private TaskOrder() {}
}
