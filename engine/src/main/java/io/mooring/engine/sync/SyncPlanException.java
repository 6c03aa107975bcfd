package io.mooring.engine.sync;

/**
 * A sync that cannot be planned: an annotation Mooring cannot read, or a prune that would delete
 * every resource of the application. Nothing may be applied or pruned.
 */
public final class SyncPlanException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Reason reason;

  public SyncPlanException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why planning stopped. */
  public Reason reason() {
    return reason;
  }

  /** Why a sync could not be planned. */
  public enum Reason {
    /**
     * An annotation (sync-wave, hook, hook-delete-policy ...) holds a value Mooring cannot read.
     */
    INVALID_ANNOTATION,
    /** Two desired objects share one group, kind, namespace and name. */
    DUPLICATE_RESOURCE,
    /** A hook uses generateName but the operation has no revision or start time to name it. */
    UNNAMEABLE_HOOK,
    /**
     * Git rendered no resources, so pruning would delete all of the application's resources; only
     * done when the options allow an empty application ({@code automated.allowEmpty}).
     */
    WOULD_PRUNE_ALL
  }
}
