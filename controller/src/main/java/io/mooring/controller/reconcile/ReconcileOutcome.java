package io.mooring.controller.reconcile;

import java.time.Duration;

/** What a reconcile asks of the runtime afterwards. */
public sealed interface ReconcileOutcome {
  /** Nothing more until the next event or periodic refresh. */
  record Done() implements ReconcileOutcome {}

  /** Look again after {@code after} (self-heal backoff, a transient error). */
  record RequeueAfter(Duration after) implements ReconcileOutcome {}

  /** An operation was requested: hand the app to the operation workers. */
  record OperationRequested() implements ReconcileOutcome {}

  /** The Application no longer exists. */
  record Gone() implements ReconcileOutcome {}
}
