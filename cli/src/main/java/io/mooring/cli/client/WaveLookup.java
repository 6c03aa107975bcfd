package io.mooring.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ResourceResult;
import io.mooring.model.ResourceStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The sync wave of each resource of an app, read from the {@code argocd.argoproj.io/sync-wave}
 * annotation of its rendered manifests (0 when absent), or from {@code
 * status.resources[].syncWave}. Sync results do not carry their wave, so progress lines look it up
 * here. Pure.
 */
public final class WaveLookup {
  static final String WAVE_ANNOTATION = "argocd.argoproj.io/sync-wave";
  private final Map<String, Long> waves;

  private WaveLookup(Map<String, Long> waves) {
    this.waves = Map.copyOf(waves);
  }

  /** Knows no waves: lines show the phase only. */
  public static WaveLookup none() {
    return new WaveLookup(Map.of());
  }

  /** The waves of {@code manifests} (rendered objects) and of the app's {@code resources}. */
  public static WaveLookup of(List<JsonNode> manifests, List<ResourceStatus> resources) {
    Map<String, Long> waves = new HashMap<>();
    for (ResourceStatus resource : resources) {
      if (resource.syncWave != null) {
        waves.put(key(resource.group, resource.kind, resource.name), resource.syncWave);
      }
    }
    for (JsonNode manifest : manifests) {
      String apiVersion = manifest.path("apiVersion").asText("");
      String group =
          apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
      JsonNode metadata = manifest.path("metadata");
      String wave = metadata.path("annotations").path(WAVE_ANNOTATION).asText("0").trim();
      try {
        waves.put(
            key(group, manifest.path("kind").asText(""), metadata.path("name").asText("")),
            Long.parseLong(wave));
      } catch (NumberFormatException e) {
        // an invalid wave annotation: the sync itself reports it; no wave shown for it here
      }
    }
    return new WaveLookup(waves);
  }

  /** The wave of the resource a result is about, if known. */
  public OptionalLong waveOf(ResourceResult result) {
    Long wave = waves.get(key(result.group, result.kind, result.name));
    return wave == null ? OptionalLong.empty() : OptionalLong.of(wave);
  }

  private static String key(String group, String kind, String name) {
    return (group == null ? "" : group) + "/" + kind + "/" + name;
  }
}
