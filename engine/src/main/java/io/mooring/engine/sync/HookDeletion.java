package io.mooring.engine.sync;

/** A hook object the controller deletes now (NotFound counts as done), and why. */
public record HookDeletion(SyncTask hook, Reason reason) {

  /** Why a hook is deleted. */
  public enum Reason {
    /** An object of this hook exists from an earlier run: BeforeHookCreation. */
    BEFORE_HOOK_CREATION,
    /** The hook succeeded and has the HookSucceeded policy. */
    HOOK_SUCCEEDED,
    /** The hook failed and has the HookFailed policy. */
    HOOK_FAILED,
    /** The operation was terminated while the hook ran. */
    TERMINATED
  }
}
