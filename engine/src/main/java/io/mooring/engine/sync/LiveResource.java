package io.mooring.engine.sync;

/**
 * What the controller sees of one live object while syncing.
 *
 * @param health the health status as Argo CD spells it (Healthy, Progressing, Degraded, Suspended,
 *     Missing, Unknown), or null when the kind has no health check
 * @param message the health message, or null
 * @param deleting true when the object has a deletion timestamp
 */
public record LiveResource(String health, String message, boolean deleting) {

  /** A live object in {@code health}, not being deleted. */
  public static LiveResource withHealth(String health, String message) {
    return new LiveResource(health, message, false);
  }

  /** A live object without a health check (a ConfigMap, a Secret ...). */
  public static LiveResource present() {
    return new LiveResource(null, null, false);
  }

  /** A live object with a deletion timestamp. */
  public static LiveResource beingDeleted() {
    return new LiveResource(null, null, true);
  }
}
