package io.mooring.engine.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which live resources a sync prunes, and in which wave: live tracked resources absent from Git
 * (hooks never), pruned in the reverse of their creation waves, or after everything else with
 * PruneLast=true.
 */
public final class PruneSet {
  private PruneSet() {}

  /** Live tracked resources that Git no longer renders, hooks excluded, in key order. */
  public static List<ResourceKey> candidates(
      Set<ResourceKey> desired, Map<ResourceKey, ObjectNode> live) throws SyncPlanException {
    List<ResourceKey> keys = new ArrayList<>();
    for (Map.Entry<ResourceKey, ObjectNode> entry : live.entrySet()) {
      if (!desired.contains(entry.getKey()) && !HookAnnotations.isHook(entry.getValue())) {
        keys.add(entry.getKey());
      }
    }
    keys.sort(Comparator.comparing(ResourceKey::toString));
    return keys;
  }

  /**
   * Gives prune tasks their final waves: the distinct prune waves are mirrored (the first pruned in
   * the last wave and so on), then PruneLast tasks move to one past the last Sync-phase wave (at
   * least 1). Other tasks are returned unchanged.
   */
  public static List<SyncTask> orderWaves(List<SyncTask> tasks) {
    TreeSet<Integer> pruneWaves = new TreeSet<>();
    for (SyncTask task : tasks) {
      if (task.isPrune()) {
        pruneWaves.add(task.wave());
      }
    }
    List<Integer> ascending = new ArrayList<>(pruneWaves);
    List<SyncTask> mirrored = new ArrayList<>();
    for (SyncTask task : tasks) {
      if (task.isPrune()) {
        int index = ascending.indexOf(task.wave());
        mirrored.add(withWave(task, ascending.get(ascending.size() - 1 - index)));
      } else {
        mirrored.add(task);
      }
    }
    int lastSyncWave = 0;
    for (SyncTask task : mirrored) {
      if (task.phase() == SyncPhase.Sync) {
        lastSyncWave = Math.max(lastSyncWave, task.wave());
      }
    }
    List<SyncTask> result = new ArrayList<>();
    for (SyncTask task : mirrored) {
      boolean last = task.isPrune() && task.options().isTrue(SyncOption.PruneLast);
      result.add(last ? withWave(task, lastSyncWave + 1) : task);
    }
    return result;
  }

  private static SyncTask withWave(SyncTask task, int wave) {
    return new SyncTask(
        task.key(),
        task.phase(),
        wave,
        task.action(),
        task.object(),
        task.hook(),
        task.options(),
        task.inSync());
  }
}
