package io.mooring.engine.sync;

import java.util.Set;

/** The hook part of a task: the hook's type for this phase and its delete policies. */
public record HookSpec(HookType type, Set<HookDeletePolicy> deletePolicies) {
  public HookSpec {
    deletePolicies = Set.copyOf(deletePolicies);
  }

  /** True when the hook is deleted after finishing with {@code outcome} (Succeeded or Failed). */
  public boolean deletedAfter(OperationPhase outcome) {
    return (outcome == OperationPhase.Succeeded
            && deletePolicies.contains(HookDeletePolicy.HookSucceeded))
        || (outcome.isUnsuccessful() && deletePolicies.contains(HookDeletePolicy.HookFailed));
  }

  /** True when an existing object of this hook is deleted before the hook is created. */
  public boolean deletedBeforeCreation() {
    return deletePolicies.contains(HookDeletePolicy.BeforeHookCreation);
  }
}
