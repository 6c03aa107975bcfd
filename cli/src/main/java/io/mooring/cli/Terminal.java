package io.mooring.cli;

import io.mooring.cli.client.OutputMode;
import io.mooring.cli.client.Palette;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command prints and how: its output and error streams, the -o mode and the colours. */
record Terminal(PrintWriter out, PrintWriter err, OutputMode mode, Palette palette) {
  static Terminal of(CommandSpec spec, OutputOptions output) {
    return new Terminal(
        spec.commandLine().getOut(), spec.commandLine().getErr(), output.mode(), output.palette());
  }

  /** Prints {@code text} as is and flushes (print() alone is not flushed before exit). */
  void print(String text) {
    out.print(text);
    out.flush();
  }

  void println(String line) {
    out.println(line);
    out.flush();
  }

  /** An error line on stderr, prefixed {@code error: }. */
  void error(String message) {
    err.println("error: " + message);
    err.flush();
  }
}
