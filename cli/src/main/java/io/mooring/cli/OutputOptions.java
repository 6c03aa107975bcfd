package io.mooring.cli;

import io.mooring.cli.client.OutputMode;
import io.mooring.cli.client.Palette;
import picocli.CommandLine.Option;

/** The shared {@code -o} option, and whether to colour (terminal, no NO_COLOR). */
public final class OutputOptions {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "Output format: text (default), wide, json or yaml.")
  OutputMode output = OutputMode.text;

  public OutputMode mode() {
    return output;
  }

  /** Colours for the human view: only on a terminal, never with NO_COLOR set. */
  public Palette palette() {
    return Palette.forTerminal(System.getenv(), System.console() != null);
  }
}
