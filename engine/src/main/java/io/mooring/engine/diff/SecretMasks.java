package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Masks the values of a desired and live Secret pair with the same stable placeholders a diff shows
 * (equal values get equal runs of {@code +}, each new distinct value a longer one), for callers
 * that show the objects themselves, such as an API answering with the target and live states.
 * Objects that are not core Secrets are returned as they are. Pure: inputs are never modified.
 */
public final class SecretMasks {
  private SecretMasks() {}

  /**
   * The pair, masked when either side is a Secret.
   *
   * @param desired the object rendered from Git (after masking), or null
   * @param live the object in the cluster (after masking), or null
   */
  public record Pair(ObjectNode desired, ObjectNode live) {}

  /**
   * Masked copies of {@code desired} and {@code live} (either may be null) when one is a Secret.
   */
  public static Pair mask(ObjectNode desired, ObjectNode live, DiffOptions options) {
    if (!isSecret(desired) && !isSecret(live)) {
      return new Pair(desired, live);
    }
    SecretMasker.Masked masked = SecretMasker.mask(desired, live, options.hiddenAnnotations());
    return new Pair(masked.desired(), masked.live());
  }

  private static boolean isSecret(ObjectNode object) {
    return object != null && ObjectNormalizer.isCore(object, "Secret");
  }
}
