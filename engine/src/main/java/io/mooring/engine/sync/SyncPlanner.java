package io.mooring.engine.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Plans a sync: turns desired and live objects into ordered tasks (apply, create hook, prune), the
 * way Argo CD's engine does. Pure: reads its inputs, changes nothing.
 */
public final class SyncPlanner {
  private SyncPlanner() {}

  /**
   * Plans the sync of {@code request}.
   *
   * @throws SyncPlanException when an annotation cannot be read, a hook cannot be named, two
   *     desired objects collide, or pruning would delete every resource without ALLOW_EMPTY
   */
  public static SyncPlan plan(SyncRequest request) throws SyncPlanException {
    OperationOptions options = request.options();
    List<SyncTask> tasks = new ArrayList<>();
    Set<ResourceKey> desiredKeys = new HashSet<>();
    boolean gitRendersResources = false;
    for (ObjectNode object : request.desired()) {
      ResourceKey key = ResourceKey.of(object);
      if (HookAnnotations.isHook(object)) {
        if (runsHooks(options)) {
          tasks.addAll(hookTasks(object, options));
        }
        continue;
      }
      if (!desiredKeys.add(key)) {
        throw new SyncPlanException(
            SyncPlanException.Reason.DUPLICATE_RESOURCE,
            key + ": rendered more than once from Git; each resource must appear once");
      }
      gitRendersResources = true;
      if (!HookAnnotations.isSkipped(object) && isSelected(key, options)) {
        tasks.add(applyTask(object, request));
      }
    }
    List<ResourceKey> prunable = PruneSet.candidates(desiredKeys, request.live());
    if (options.has(OperationFlag.PRUNE)
        && !options.has(OperationFlag.ALLOW_EMPTY)
        && !gitRendersResources
        && !prunable.isEmpty()) {
      throw new SyncPlanException(
          SyncPlanException.Reason.WOULD_PRUNE_ALL,
          "Git rendered no resources; pruning would delete all "
              + prunable.size()
              + " resources of the application. Allow empty (automated.allowEmpty) to do so.");
    }
    List<ResourceResult> skipped = new ArrayList<>();
    for (ResourceKey key : prunable) {
      if (isSelected(key, options)) {
        SyncTask task = pruneTask(request.live().get(key), options);
        Optional<String> reason = pruneSkipReason(task, options);
        if (reason.isPresent()) {
          skipped.add(
              ResourceResult.of(
                  task, ResultCode.PruneSkipped, OperationPhase.Succeeded, reason.get()));
        } else {
          tasks.add(task);
        }
      }
    }
    List<SyncTask> ordered = new ArrayList<>(PruneSet.orderWaves(tasks));
    ordered.sort(TaskOrder.COMPARATOR);
    return new SyncPlan(ordered, skipped, options);
  }

  private static boolean runsHooks(OperationOptions options) {
    return !options.has(OperationFlag.SKIP_HOOKS) && !options.isSelective();
  }

  private static boolean isSelected(ResourceKey key, OperationOptions options) {
    return !options.isSelective() || options.selected().contains(key);
  }

  private static SyncTask applyTask(ObjectNode object, SyncRequest request)
      throws SyncPlanException {
    ResourceKey key = ResourceKey.of(object);
    SyncOptionSet effective =
        SyncOptionsAnnotation.effective(request.options().appSyncOptions(), object);
    boolean inSync =
        request.options().appSyncOptions().isTrue(SyncOption.ApplyOutOfSyncOnly)
            && request.live().containsKey(key)
            && !request.outOfSync().contains(key);
    return new SyncTask(
        key,
        SyncPhase.Sync,
        HookAnnotations.wave(object),
        TaskAction.APPLY,
        object,
        Optional.empty(),
        effective,
        inSync);
  }

  private static List<SyncTask> hookTasks(ObjectNode object, OperationOptions options)
      throws SyncPlanException {
    List<SyncTask> tasks = new ArrayList<>();
    int wave = HookAnnotations.wave(object);
    Set<HookDeletePolicy> policies = HookAnnotations.deletePolicies(object);
    SyncOptionSet effective = SyncOptionsAnnotation.effective(options.appSyncOptions(), object);
    for (SyncPhase phase : HookAnnotations.phases(object)) {
      ObjectNode named = named(object, phase, options);
      tasks.add(
          new SyncTask(
              ResourceKey.of(named),
              phase,
              wave,
              TaskAction.CREATE_HOOK,
              named,
              Optional.of(new HookSpec(HookType.of(phase), policies)),
              effective,
              false));
    }
    return tasks;
  }

  /**
   * The hook object to create in {@code phase}. A hook with {@code generateName} and no name is
   * named {@code <generateName><revision[0:7]>-<phase>-<startedAt epoch seconds>}, lower case, as
   * Argo CD names it: the same name at every step of one operation, a new one per operation.
   */
  private static ObjectNode named(ObjectNode hook, SyncPhase phase, OperationOptions options)
      throws SyncPlanException {
    String name = hook.path("metadata").path("name").asText("");
    if (!name.isEmpty()) {
      return hook;
    }
    String generateName = hook.path("metadata").path("generateName").asText("");
    if (generateName.isEmpty() || options.revision() == null || options.startedAt() == null) {
      throw new SyncPlanException(
          SyncPlanException.Reason.UNNAMEABLE_HOOK,
          ResourceKey.of(hook)
              + ": a "
              + phase
              + " hook needs metadata.name, or metadata.generateName with an operation revision"
              + " and start time");
    }
    String revision = options.revision();
    String shortRevision = revision.length() >= 8 ? revision.substring(0, 7) : revision;
    String postfix =
        (shortRevision + "-" + phase + "-" + options.startedAt().getEpochSecond())
            .toLowerCase(Locale.ROOT);
    ObjectNode copy = hook.deepCopy();
    ((ObjectNode) copy.get("metadata")).put("name", generateName + postfix);
    return copy;
  }

  private static SyncTask pruneTask(ObjectNode live, OperationOptions options)
      throws SyncPlanException {
    return new SyncTask(
        ResourceKey.of(live),
        SyncPhase.Sync,
        HookAnnotations.wave(live),
        TaskAction.PRUNE,
        live,
        Optional.empty(),
        SyncOptionsAnnotation.effective(options.appSyncOptions(), live),
        false);
  }

  /** Why a resource that needs pruning is left alone, as Argo CD words it; empty to prune it. */
  private static Optional<String> pruneSkipReason(SyncTask task, OperationOptions options) {
    if (!options.has(OperationFlag.PRUNE)) {
      return Optional.of("ignored (requires pruning)");
    }
    if (task.options().pruneMode() == SyncOptionSet.PruneMode.DISABLED) {
      return Optional.of("ignored (no prune)");
    }
    return Optional.empty();
  }
}
