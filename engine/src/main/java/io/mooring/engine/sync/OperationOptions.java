package io.mooring.engine.sync;

import io.mooring.engine.resource.ResourceKey;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How to sync: flags, the resources selected for a selective sync (empty: all), the application's
 * {@code syncPolicy.syncOptions}, and the operation's revision and start time (which name hooks
 * that use {@code generateName}, so every step of one operation names them alike).
 */
public record OperationOptions(
    Set<OperationFlag> flags,
    Set<ResourceKey> selected,
    SyncOptionSet appSyncOptions,
    String revision,
    Instant startedAt) {

  public OperationOptions {
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    selected = Set.copyOf(selected);
  }

  /** No flags, all resources, no sync options, no revision. */
  public static OperationOptions defaults() {
    return new OperationOptions(Set.of(), Set.of(), SyncOptionSet.EMPTY, null, null);
  }

  /** True when {@code flag} is set. */
  public boolean has(OperationFlag flag) {
    return flags.contains(flag);
  }

  /** True when only some resources were selected. */
  public boolean isSelective() {
    return !selected.isEmpty();
  }

  /** These options with {@code more} flags added. */
  public OperationOptions with(OperationFlag... more) {
    EnumSet<OperationFlag> all = EnumSet.noneOf(OperationFlag.class);
    all.addAll(flags);
    all.addAll(List.of(more));
    return new OperationOptions(all, selected, appSyncOptions, revision, startedAt);
  }

  /** These options syncing only {@code keys}. */
  public OperationOptions selecting(Set<ResourceKey> keys) {
    return new OperationOptions(flags, keys, appSyncOptions, revision, startedAt);
  }

  /** These options with the application's sync options, such as {@code "PruneLast=true"}. */
  public OperationOptions withSyncOptions(List<String> entries) {
    return new OperationOptions(flags, selected, SyncOptionSet.of(entries), revision, startedAt);
  }

  /** These options for the operation syncing {@code revision}, started at {@code startedAt}. */
  public OperationOptions forRevision(String revision, Instant startedAt) {
    return new OperationOptions(flags, selected, appSyncOptions, revision, startedAt);
  }
}
