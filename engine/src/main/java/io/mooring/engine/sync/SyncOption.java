package io.mooring.engine.sync;

import java.util.Optional;
import java.util.Set;

/**
 * The sync options Argo CD understands, in an Application's {@code syncPolicy.syncOptions} and a
 * resource's {@code argocd.argoproj.io/sync-options}, with the values each accepts.
 */
public enum SyncOption {
  Validate("true", "false"),
  CreateNamespace("true", "false"),
  PrunePropagationPolicy("foreground", "background", "orphan"),
  PruneLast("true", "false"),
  RespectIgnoreDifferences("true", "false"),
  ApplyOutOfSyncOnly("true", "false"),
  SkipDryRunOnMissingResource("true", "false"),
  Replace("true", "false"),
  Force("true", "false"),
  ServerSideApply("true", "false"),
  ClientSideApplyMigration("true", "false"),
  FailOnSharedResource("true", "false"),
  Prune("true", "false", "confirm"),
  Delete("true", "false", "confirm");

  private final Set<String> values;

  SyncOption(String... values) {
    this.values = Set.of(values);
  }

  /** True when {@code value} is one this option accepts. */
  public boolean accepts(String value) {
    return values.contains(value);
  }

  /** The option named exactly {@code key}, if any. */
  public static Optional<SyncOption> named(String key) {
    for (SyncOption option : values()) {
      if (option.name().equals(key)) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }
}
