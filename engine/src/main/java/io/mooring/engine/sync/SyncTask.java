package io.mooring.engine.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.KubeObjects;
import io.mooring.engine.resource.ResourceKey;
import java.util.Optional;

/**
 * One thing a sync does to one object in one phase.
 *
 * @param key the object
 * @param phase the sync phase it runs in
 * @param wave its wave within the phase (prune waves reversed, PruneLast moved last)
 * @param action apply, create a hook, or prune
 * @param object the object to apply or create (a hook with generateName already named), or the live
 *     object to prune
 * @param hook the hook's type and delete policies; empty for resources
 * @param options the effective sync options: the application's, overridden by the object's
 *     annotation
 * @param inSync true when ApplyOutOfSyncOnly=true and the live object matches Git, so it is skipped
 */
public record SyncTask(
    ResourceKey key,
    SyncPhase phase,
    int wave,
    TaskAction action,
    ObjectNode object,
    Optional<HookSpec> hook,
    SyncOptionSet options,
    boolean inSync) {

  /** True for hook tasks. */
  public boolean isHook() {
    return hook.isPresent();
  }

  /** True for prune tasks. */
  public boolean isPrune() {
    return action == TaskAction.PRUNE;
  }

  /** The API version of the object, such as {@code v1}. */
  public String version() {
    return KubeObjects.version(object);
  }

  /** The hook type recorded in results, or null for resources. */
  public HookType hookType() {
    return hook.map(HookSpec::type).orElse(null);
  }

  /** Phase, wave and action with the key, for logs and messages. */
  @Override
  public String toString() {
    return phase + "/" + wave + " " + action + " " + key;
  }
}
