package io.mooring.engine.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.engine.resource.Annotations;
import io.mooring.engine.resource.KubeObjects;
import java.util.List;

/** Reads the {@code argocd.argoproj.io/sync-options} annotation (comma separated, trimmed). */
public final class SyncOptionsAnnotation {
  private SyncOptionsAnnotation() {}

  /** The options annotated on {@code object}; empty when it has none. */
  public static SyncOptionSet of(JsonNode object) {
    return parse(KubeObjects.annotation(object, Annotations.SYNC_OPTIONS));
  }

  /** Parses an annotation value such as {@code "Prune=false, Replace=true"}; null gives none. */
  public static SyncOptionSet parse(String value) {
    return value == null ? SyncOptionSet.EMPTY : SyncOptionSet.of(List.of(value.split(",")));
  }

  /** The app-level options overridden, key by key, by those annotated on {@code object}. */
  public static SyncOptionSet effective(SyncOptionSet appLevel, JsonNode object) {
    return appLevel.overriddenBy(of(object));
  }
}
