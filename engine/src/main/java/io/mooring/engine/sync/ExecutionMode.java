package io.mooring.engine.sync;

/** How the controller runs the tasks of a step. */
public enum ExecutionMode {
  /** For real. */
  APPLY,
  /** As a server-side dry run: validated, nothing changed, hooks not created. */
  DRY_RUN
}
