package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import java.util.Set;

/** Builds the {@link DiffResult} every diff flavour returns: Secrets masked, unified diff shown. */
final class DiffResults {
  private DiffResults() {}

  static DiffResult of(
      boolean modified, ObjectNode predicted, ObjectNode live, Set<String> hiddenAnnotations) {
    ObjectNode shownPredicted = predicted;
    ObjectNode shownLive = live;
    if (isSecret(predicted) || isSecret(live)) {
      SecretMasker.Masked masked = SecretMasker.mask(predicted, live, hiddenAnnotations);
      shownPredicted = masked.desired();
      shownLive = masked.live();
    }
    String diff =
        modified
            ? UnifiedDiff.between(shownLive, shownPredicted, displayName(predicted, live))
            : "";
    return new DiffResult(modified, shownLive, shownPredicted, diff);
  }

  private static boolean isSecret(ObjectNode object) {
    return object != null && ObjectNormalizer.isCore(object, "Secret");
  }

  private static String displayName(ObjectNode predicted, ObjectNode live) {
    ResourceKey key = ResourceKey.of(live != null ? live : predicted);
    String kind = key.group().isEmpty() ? key.kind() : key.kind() + "." + key.group();
    String namespace = key.namespace().isEmpty() ? "" : key.namespace() + "/";
    return kind + "/" + namespace + key.name();
  }
}
