package io.mooring.engine.sync;

/** What the controller does for a task. */
public enum TaskAction {
  /** Apply the desired object (client-side, server-side or replace, per the task's options). */
  APPLY,
  /**
   * Create a hook object. A named hook that already exists (one without BeforeHookCreation) is
   * applied over instead, as Argo CD does: named hooks run once.
   */
  CREATE_HOOK,
  /** Delete the live object, with the task's propagation policy. */
  PRUNE
}
