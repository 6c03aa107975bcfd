package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares desired objects (rendered from Git) with live ones (from the cluster) the way Argo CD
 * does: both are normalized, the live object after an apply is predicted (three-way when the live
 * object carries kubectl's last-applied-configuration, two-way otherwise), and the prediction is
 * compared with the live object. Pure: no I/O, inputs are never modified.
 */
public final class Differ {
  private Differ() {}

  /**
   * Compares {@code desired} with {@code live}; either may be null (not in Git, or not in the
   * cluster), not both.
   */
  public static DiffResult diff(ObjectNode desired, ObjectNode live, DiffOptions options) {
    requireOne(desired, live);
    ObjectNode d = desired == null ? null : ObjectNormalizer.normalize(desired, options);
    ObjectNode l = live == null ? null : ObjectNormalizer.normalize(live, options);
    if (d == null || l == null) {
      return result(d != null, d, l, options);
    }
    List<IgnoreDifferences> rules = matchingRules(desired, live, options);
    ObjectNode target = IgnoredFields.remove(withoutNamespace(d), rules, live);
    ObjectNode applied = LastApplied.of(l);
    if (applied != null) {
      applied = ObjectNormalizer.normalize(applied, options);
      applied = IgnoredFields.remove(withoutNamespace(applied), rules, live);
    }
    ObjectNode predicted = LivePredictor.predict(applied == null ? target : applied, target, l);
    return result(!Equivalence.equivalent(predicted, l), predicted, l, options);
  }

  /**
   * Compares {@code desired} with {@code live} as given, without normalization or last-applied
   * configuration: fields only the live object has are kept, so only desired fields can drift.
   */
  public static DiffResult twoWay(ObjectNode desired, ObjectNode live) {
    requireOne(desired, live);
    if (desired == null || live == null) {
      return result(desired != null, desired, live, DiffOptions.DEFAULT);
    }
    ObjectNode predicted = LivePredictor.predict(desired, desired, live);
    return result(!Equivalence.equivalent(predicted, live), predicted, live, DiffOptions.DEFAULT);
  }

  /** Compares two lists pairwise (same length; null entries allowed as in {@link #diff}). */
  public static DiffListResult diffAll(
      List<ObjectNode> desired, List<ObjectNode> live, DiffOptions options) {
    if (desired.size() != live.size()) {
      throw new IllegalArgumentException(
          "cannot diff lists of different lengths: "
              + desired.size()
              + " desired, "
              + live.size()
              + " live objects");
    }
    List<DiffResult> results = new ArrayList<>(desired.size());
    boolean modified = false;
    for (int i = 0; i < desired.size(); i++) {
      DiffResult result = diff(desired.get(i), live.get(i), options);
      modified |= result.modified();
      results.add(result);
    }
    return new DiffListResult(modified, results);
  }

  private static void requireOne(ObjectNode desired, ObjectNode live) {
    if (desired == null && live == null) {
      throw new IllegalArgumentException("cannot diff: both desired and live objects are null");
    }
  }

  private static List<IgnoreDifferences> matchingRules(
      ObjectNode desired, ObjectNode live, DiffOptions options) {
    if (options.ignoreDifferences().isEmpty()) {
      return List.of();
    }
    ResourceKey key = ResourceKey.of(live);
    if (key.namespace().isEmpty()) {
      key =
          new ResourceKey(key.group(), key.kind(), ResourceKey.of(desired).namespace(), key.name());
    }
    return IgnoredFields.rulesFor(options.ignoreDifferences(), key);
  }

  /** Desired objects may omit the namespace; the live one always has it: never compare it. */
  private static ObjectNode withoutNamespace(ObjectNode object) {
    if (object.get("metadata") instanceof ObjectNode metadata) {
      metadata.remove("namespace");
      if (Equivalence.isNothing(metadata.get("annotations"))) {
        metadata.remove("annotations");
      }
    }
    return object;
  }

  private static DiffResult result(
      boolean modified, ObjectNode predicted, ObjectNode live, DiffOptions options) {
    return DiffResults.of(modified, predicted, live, options.hiddenAnnotations());
  }
}
