package io.mooring.kube.cache;

import io.mooring.engine.resource.ResourceKey;
import java.util.Optional;

/**
 * The value of Argo CD's {@code argocd.argoproj.io/tracking-id} annotation: {@code
 * <app>:<group>/<kind>:<namespace>/<name>} (the group is empty for core types).
 */
public record TrackingId(String app, ResourceKey key) {

  /** Parses an annotation value; empty when it is not in the expected shape. */
  public static Optional<TrackingId> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String[] parts = value.split(":", -1);
    if (parts.length != 3 || parts[0].isEmpty()) {
      return Optional.empty();
    }
    int kindSlash = parts[1].indexOf('/');
    int nameSlash = parts[2].indexOf('/');
    if (kindSlash < 0 || nameSlash < 0) {
      return Optional.empty();
    }
    ResourceKey key =
        new ResourceKey(
            parts[1].substring(0, kindSlash),
            parts[1].substring(kindSlash + 1),
            parts[2].substring(0, nameSlash),
            parts[2].substring(nameSlash + 1));
    return Optional.of(new TrackingId(parts[0], key));
  }

  /** The annotation value. */
  public String format() {
    return app + ":" + key.group() + "/" + key.kind() + ":" + key.namespace() + "/" + key.name();
  }

  @Override
  public String toString() {
    return format();
  }
}
