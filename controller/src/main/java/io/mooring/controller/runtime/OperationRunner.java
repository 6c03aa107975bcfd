package io.mooring.controller.runtime;

import java.time.Duration;

/** Advances an Application's requested operation by one step (see the sync executor). */
public interface OperationRunner {
  /** Runs the next step of {@code app}'s operation, if it has one. */
  StepOutcome step(String app);

  /** What the operation needs next. */
  sealed interface StepOutcome {
    /** No operation, or it has finished: refresh the app's status. */
    record Finished() implements StepOutcome {}

    /** Still running: step again after {@code after} (waiting for health, a wave delay, a hook). */
    record Continue(Duration after) implements StepOutcome {}
  }
}
