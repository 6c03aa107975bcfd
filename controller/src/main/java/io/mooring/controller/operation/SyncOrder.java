package io.mooring.controller.operation;

import io.mooring.model.SyncOperationResource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a user asks a sync to do: which revision (null: the spec's targetRevision), whether to prune
 * or only dry-run, which resources (empty: all) and extra sync options.
 */
public record SyncOrder(
    String revision,
    Set<SyncOrder.Flag> flags,
    List<SyncOperationResource> resources,
    List<String> syncOptions) {

  /** Switches of a sync request. */
  public enum Flag {
    /** Delete resources that Git no longer has. */
    PRUNE,
    /** Plan and validate only; change nothing. */
    DRY_RUN
  }

  public SyncOrder {
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    resources = List.copyOf(resources);
    syncOptions = List.copyOf(syncOptions);
  }

  /** A sync of every resource to the spec's target revision, without pruning. */
  public static SyncOrder ofEverything() {
    return new SyncOrder(null, Set.of(), List.of(), List.of());
  }

  /** This order, at {@code newRevision} (a branch, tag or commit). */
  public SyncOrder atRevision(String newRevision) {
    return new SyncOrder(newRevision, flags, resources, syncOptions);
  }

  /** This order with {@code flag} set. */
  public SyncOrder with(Flag flag) {
    EnumSet<Flag> all = EnumSet.of(flag);
    all.addAll(flags);
    return new SyncOrder(revision, all, resources, syncOptions);
  }

  /** This order limited to {@code selected} (group, kind, namespace, name). */
  public SyncOrder selecting(List<SyncOperationResource> selected) {
    return new SyncOrder(revision, flags, selected, syncOptions);
  }

  /** This order with extra sync options such as {@code ServerSideApply=true}. */
  public SyncOrder withSyncOptions(List<String> extra) {
    List<String> all = new ArrayList<>(syncOptions);
    all.addAll(extra);
    return new SyncOrder(revision, flags, resources, all);
  }
}
