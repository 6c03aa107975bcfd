package io.mooring.engine.sync;

/** The yes/no choices of a sync operation, as an EnumSet in {@link OperationOptions}. */
public enum OperationFlag {
  /** Delete tracked resources that Git no longer renders ({@code sync.prune}). */
  PRUNE,
  /** Validate only: the controller runs every task as a server dry run, nothing changes. */
  DRY_RUN,
  /**
   * Allow pruning every resource when Git renders none. The controller sets it for manual syncs
   * (the user asked) and from {@code automated.allowEmpty} for automated ones.
   */
  ALLOW_EMPTY,
  /** The user confirmed pruning of resources annotated {@code Prune=confirm}. */
  PRUNE_CONFIRMED,
  /** Apply without hooks ({@code syncStrategy.apply}); selective syncs skip hooks as well. */
  SKIP_HOOKS
}
