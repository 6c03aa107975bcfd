package io.mooring.cli.client;

import java.util.Map;

/**
 * Colours for status words: green for Healthy/Synced, red for Degraded/OutOfSync/Missing, yellow
 * for Progressing/Suspended. Only on a terminal, and never when {@code NO_COLOR} is set.
 */
public final class Palette {
  private static final String RESET = "\u001B[0m";
  private static final Map<String, String> COLOURS =
      Map.of(
          "Healthy", "\u001B[32m",
          "Synced", "\u001B[32m",
          "Succeeded", "\u001B[32m",
          "Degraded", "\u001B[31m",
          "OutOfSync", "\u001B[33m",
          "Missing", "\u001B[33m",
          "Failed", "\u001B[31m",
          "Error", "\u001B[31m",
          "Progressing", "\u001B[36m",
          "Suspended", "\u001B[35m");
  private final boolean enabled;

  private Palette(boolean enabled) {
    this.enabled = enabled;
  }

  /** No colour at all. */
  public static Palette plain() {
    return new Palette(false);
  }

  /** Colour when standard output is a terminal and {@code NO_COLOR} is unset or empty. */
  public static Palette forTerminal(Map<String, String> env, boolean interactive) {
    String noColor = env.get("NO_COLOR");
    return new Palette(interactive && (noColor == null || noColor.isEmpty()));
  }

  /** {@code word}, coloured when this palette is enabled and the word has a colour. */
  public String status(String word) {
    if (word == null || word.isEmpty()) {
      return "";
    }
    String colour = COLOURS.get(word);
    return enabled && colour != null ? colour + word + RESET : word;
  }
}
