package io.mooring.controller.operation;

import io.mooring.engine.resource.ResourceKey;
import io.mooring.engine.sync.OperationFlag;
import io.mooring.engine.sync.OperationOptions;
import io.mooring.model.Application;
import io.mooring.model.OperationState;
import io.mooring.model.SyncOperation;
import io.mooring.model.SyncOperationResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns an Application's sync request into the engine's {@link OperationOptions}. */
final class OperationOptionsFactory {
  private OperationOptionsFactory() {}

  static OperationOptions of(Application app, OperationState state, String revision) {
    SyncOperation sync = state.operation.sync == null ? new SyncOperation() : state.operation.sync;
    OperationOptions options = OperationOptions.defaults();
    if (Boolean.TRUE.equals(sync.prune)) {
      options = options.with(OperationFlag.PRUNE);
    }
    if (Boolean.TRUE.equals(sync.dryRun)) {
      options = options.with(OperationFlag.DRY_RUN);
    }
    if (allowsEmpty(app, state)) {
      options = options.with(OperationFlag.ALLOW_EMPTY);
    }
    options = options.selecting(selected(sync));
    options = options.withSyncOptions(syncOptions(app, sync));
    Instant startedAt = state.startedAt == null ? Instant.EPOCH : Instant.parse(state.startedAt);
    return options.forRevision(revision, startedAt);
  }

  /** A person asking for a sync means it; automation needs automated.allowEmpty to empty an app. */
  private static boolean allowsEmpty(Application app, OperationState state) {
    boolean automated =
        state.operation.initiatedBy != null
            && Boolean.TRUE.equals(state.operation.initiatedBy.automated);
    if (!automated) {
      return true;
    }
    return app.spec.syncPolicy != null
        && app.spec.syncPolicy.automated != null
        && Boolean.TRUE.equals(app.spec.syncPolicy.automated.allowEmpty);
  }

  private static Set<ResourceKey> selected(SyncOperation sync) {
    Set<ResourceKey> keys = new HashSet<>();
    if (sync.resources != null) {
      for (SyncOperationResource resource : sync.resources) {
        keys.add(
            new ResourceKey(
                nullToEmpty(resource.group),
                nullToEmpty(resource.kind),
                nullToEmpty(resource.namespace),
                nullToEmpty(resource.name)));
      }
    }
    return keys;
  }

  /** The app's sync options followed by the operation's (later ones win). */
  static List<String> syncOptions(Application app, SyncOperation sync) {
    List<String> options = new ArrayList<>();
    if (app.spec.syncPolicy != null && app.spec.syncPolicy.syncOptions != null) {
      options.addAll(app.spec.syncPolicy.syncOptions);
    }
    if (sync.syncOptions != null) {
      options.addAll(sync.syncOptions);
    }
    return options;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
