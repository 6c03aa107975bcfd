package io.mooring.controller.automation;

import io.mooring.model.Application;
import java.time.Instant;

/**
 * What the automated-sync decision looks at, gathered by the controller after a comparison.
 *
 * @param app the Application (spec, status.operationState, pending operation, deletion)
 * @param syncStatus the comparison's verdict: Synced, OutOfSync or Unknown
 * @param desiredRevision the resolved commit the comparison rendered
 * @param onlyPruningNeeded every out-of-sync resource is one that would be pruned
 * @param wouldPruneEverything Git rendered nothing while the cluster holds tracked resources
 * @param selfHealAttempts self-heal syncs made since the last sync to a new revision
 * @param lastSelfHealAt when the last self-heal sync started (null if none)
 * @param now the current time
 */
public record AutoSyncFacts(
    Application app,
    String syncStatus,
    String desiredRevision,
    boolean onlyPruningNeeded,
    boolean wouldPruneEverything,
    int selfHealAttempts,
    Instant lastSelfHealAt,
    Instant now) {}
