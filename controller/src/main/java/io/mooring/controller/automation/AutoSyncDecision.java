package io.mooring.controller.automation;

import java.time.Duration;

/** What automated sync should do after a comparison. */
public sealed interface AutoSyncDecision {
  /**
   * Do nothing; {@code reason} says why (for logs), {@code failure} marks a condition-worthy one.
   */
  record Skip(String reason, boolean failure) implements AutoSyncDecision {}

  /**
   * Start a sync to {@code revision}; {@code selfHeal} when it reverts drift at a synced revision.
   */
  record Sync(String revision, boolean prune, boolean selfHeal) implements AutoSyncDecision {}

  /** Self-heal is backing off: look again after {@code after}. */
  record Later(Duration after, String reason) implements AutoSyncDecision {}
}
