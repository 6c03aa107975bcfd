package io.mooring.cli.client;

import io.mooring.model.OperationState;
import io.mooring.model.ResourceResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Turns successive snapshots of one operation's state into progress lines: one per resource result
 * each time it changes, prefixed with its phase and wave, e.g. {@code Sync wave 1: apps Deployment
 * shop/web Synced: created}. A resource's line appears once it has an outcome; a hook's also while
 * it runs. Pure; keeps what it printed.
 */
public final class OperationProgress {
  private final WaveLookup waves;
  private final Palette palette;
  private final Map<String, String> shown = new HashMap<>();

  public OperationProgress(WaveLookup waves, Palette palette) {
    this.waves = waves;
    this.palette = palette;
  }

  /** The lines for what changed in {@code state} since the last call. */
  public List<String> linesFor(OperationState state) {
    List<String> lines = new ArrayList<>();
    if (state == null || state.syncResult == null || state.syncResult.resources == null) {
      return lines;
    }
    for (ResourceResult result : state.syncResult.resources) {
      boolean hook = result.hookType != null && !result.hookType.isEmpty();
      String outcome = hook ? result.hookPhase : result.status;
      if (outcome == null || outcome.isEmpty()) {
        continue;
      }
      String message = result.message == null ? "" : result.message;
      String identity =
          result.syncPhase
              + "/"
              + result.group
              + "/"
              + result.kind
              + "/"
              + result.namespace
              + "/"
              + result.name;
      String seen = outcome + "\n" + message;
      if (seen.equals(shown.put(identity, seen))) {
        continue;
      }
      lines.add(line(result, hook, outcome, message));
    }
    return lines;
  }

  private String line(ResourceResult result, boolean hook, String outcome, String message) {
    StringBuilder line = new StringBuilder(result.syncPhase == null ? "Sync" : result.syncPhase);
    OptionalLong wave = waves.waveOf(result);
    wave.ifPresent(w -> line.append(" wave ").append(w));
    line.append(':');
    if (result.group != null && !result.group.isEmpty()) {
      line.append(' ').append(result.group);
    }
    line.append(' ').append(result.kind).append(' ');
    if (result.namespace != null && !result.namespace.isEmpty()) {
      line.append(result.namespace).append('/');
    }
    line.append(result.name);
    if (hook) {
      line.append(" (hook)");
    }
    line.append(' ').append(palette.status(outcome));
    if (!message.isEmpty()) {
      line.append(": ").append(message);
    }
    return line.toString();
  }
}
