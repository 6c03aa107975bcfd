package io.mooring.kube.apply;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * kubectl's client-side apply patch, as a JSON merge patch computed from three objects: what was
 * last applied, what is desired now, and what is live. Fields that differ between live and desired
 * take the desired value; fields removed from desired since the last apply are set to {@code null};
 * fields only the live object has (set by the server or other controllers) are left alone.
 */
public final class ThreeWayMergePatch {
  private ThreeWayMergePatch() {}

  /**
   * The patch to send. {@code lastApplied} may be null (never applied by kubectl or Mooring): then
   * nothing is deleted. An empty result means the live object already matches.
   */
  public static ObjectNode compute(ObjectNode lastApplied, ObjectNode desired, ObjectNode live) {
    ObjectNode original = lastApplied == null ? JsonNodeFactory.instance.objectNode() : lastApplied;
    ObjectNode changes = JsonMergePatch.withoutDeletions(JsonMergePatch.diff(live, desired));
    ObjectNode deletions = JsonMergePatch.deletionsOf(JsonMergePatch.diff(original, desired));
    return JsonMergePatch.merge(deletions, changes);
  }
}
