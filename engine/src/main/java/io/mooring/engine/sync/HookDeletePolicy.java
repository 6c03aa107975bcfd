package io.mooring.engine.sync;

/**
 * The values of {@code argocd.argoproj.io/hook-delete-policy}; the default is BeforeHookCreation.
 */
public enum HookDeletePolicy {
  HookSucceeded,
  HookFailed,
  BeforeHookCreation
}
