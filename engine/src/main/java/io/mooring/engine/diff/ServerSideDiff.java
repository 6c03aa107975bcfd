package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import java.util.List;
import java.util.Set;

/**
 * Server-side diff: the predicted live object is what the API server returned for a server-side
 * apply dry run of the desired object (performed by the caller, outside the engine). The engine
 * reverts webhook mutations the applying manager does not own, strips server bookkeeping and
 * last-applied-configuration from both sides, applies ignoreDifferences to both, and compares.
 */
public final class ServerSideDiff {
  private ServerSideDiff() {}

  /**
   * Compares {@code dryRun} (the server-side apply dry-run result of {@code desired}) with {@code
   * live}; {@code live} is null when the object does not exist yet.
   */
  public static DiffResult diff(
      ObjectNode desired, ObjectNode live, ObjectNode dryRun, ServerSideDiffOptions options) {
    if (desired == null || dryRun == null) {
      throw new IllegalArgumentException("server-side diff needs a desired object and its dry run");
    }
    ObjectNode predicted = dryRun;
    if (live != null && options.ignoreMutationWebhook()) {
      predicted = WebhookMutations.revert(dryRun, live, OwnedFields.of(dryRun, options.manager()));
    }
    predicted = stripped(predicted);
    if (live == null) {
      return DiffResults.of(true, predicted, null, Set.of());
    }
    ObjectNode normalizedLive = stripped(live);
    List<IgnoreDifferences> rules =
        IgnoredFields.rulesFor(options.ignoreDifferences(), ResourceKey.of(live));
    predicted = IgnoredFields.remove(predicted, rules, live);
    normalizedLive = IgnoredFields.remove(normalizedLive, rules, live);
    boolean modified = !Equivalence.equivalent(predicted, normalizedLive);
    return DiffResults.of(modified, predicted, normalizedLive, Set.of());
  }

  /** A copy without status, server metadata and kubectl's last-applied-configuration. */
  static ObjectNode stripped(ObjectNode object) {
    ObjectNode copy = object.deepCopy();
    copy.remove("status");
    if (copy.get("metadata") instanceof ObjectNode metadata) {
      KubeFields.SERVER_METADATA.forEach(metadata::remove);
      if (metadata.get("annotations") instanceof ObjectNode annotations) {
        annotations.remove(KubeFields.LAST_APPLIED);
        if (annotations.isEmpty()) {
          metadata.remove("annotations");
        }
      }
    }
    return copy;
  }
}
