package io.mooring.controller.automation;

import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.model.OperationState;
import io.mooring.model.SyncPolicyAutomated;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides whether automated sync runs, as Argo CD does: once per (revision, spec); a failed
 * automated sync is not repeated (the operation's own retry policy covers retries); drift at an
 * already-synced revision is reverted only with selfHeal, with backoff; prune only when
 * automated.prune; never wipe out every resource unless allowEmpty.
 */
public final class AutoSyncPolicy {
  private final Backoff selfHealBackoff;

  public AutoSyncPolicy(Backoff selfHealBackoff) {
    this.selfHealBackoff = selfHealBackoff;
  }

  public AutoSyncDecision decide(AutoSyncFacts facts) {
    Application app = facts.app();
    SyncPolicyAutomated automated =
        app.spec == null || app.spec.syncPolicy == null ? null : app.spec.syncPolicy.automated;
    if (automated == null || Boolean.FALSE.equals(automated.enabled)) {
      return skip("automated sync is not enabled");
    }
    if (app.operation != null) {
      return skip("another operation is in progress");
    }
    if (app.metadata != null && app.metadata.deletionTimestamp != null) {
      return skip("the application is being deleted");
    }
    if (!"OutOfSync".equals(facts.syncStatus())) {
      return skip("the application is " + facts.syncStatus());
    }
    String revision = facts.desiredRevision();
    boolean prune = Boolean.TRUE.equals(automated.prune);
    if (facts.onlyPruningNeeded() && !prune) {
      return skip(
          "Skipping sync attempt to "
              + revision
              + ": need to prune extra resources only but automated prune is disabled");
    }
    if (facts.wouldPruneEverything() && !Boolean.TRUE.equals(automated.allowEmpty)) {
      return new AutoSyncDecision.Skip(
          "Skipping sync attempt to "
              + revision
              + ": auto-sync will wipe out all resources (set automated.allowEmpty to allow it)",
          true);
    }
    OperationState last = app.status == null ? null : app.status.operationState;
    if (!alreadyAttempted(last, revision, app)) {
      return new AutoSyncDecision.Sync(revision, prune, false);
    }
    if (!"Succeeded".equals(last.phase)) {
      return new AutoSyncDecision.Skip(
          "Failed sync attempt to " + revision + ": " + last.message, true);
    }
    if (!Boolean.TRUE.equals(automated.selfHeal)) {
      return skip("already synced to " + revision + "; drift is not reverted without selfHeal");
    }
    Duration wait = selfHealBackoff.delay(facts.selfHealAttempts());
    Instant since = latest(facts.lastSelfHealAt(), finishedAt(last));
    if (since != null) {
      Duration elapsed = Duration.between(since, facts.now());
      if (elapsed.compareTo(wait) < 0) {
        return new AutoSyncDecision.Later(
            wait.minus(elapsed),
            "self-heal backing off after " + facts.selfHealAttempts() + " attempts");
      }
    }
    return new AutoSyncDecision.Sync(revision, prune, true);
  }

  /** Argo CD's rule: the last operation synced this revision with the same source spec. */
  private static boolean alreadyAttempted(OperationState last, String revision, Application app) {
    return last != null
        && last.operation != null
        && last.operation.sync != null
        && last.syncResult != null
        && revision != null
        && revision.equals(last.syncResult.revision)
        && sameTree(last.syncResult.source, app.spec.source)
        && sameTree(last.syncResult.sources, app.spec.sources);
  }

  private static boolean sameTree(Object a, Object b) {
    return ModelCodec.toTree(a).equals(ModelCodec.toTree(b));
  }

  /** Self-heal waits its backoff after the last sync finished, so the cluster can settle first. */
  private static Instant finishedAt(OperationState last) {
    return last == null || last.finishedAt == null ? null : Instant.parse(last.finishedAt);
  }

  private static Instant latest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static AutoSyncDecision skip(String reason) {
    return new AutoSyncDecision.Skip(reason, false);
  }
}
