package io.mooring.cli;

import java.io.Console;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads a password from the terminal when it was not given as an option. */
final class PasswordPrompt {
  private PasswordPrompt() {}

  /** {@code given} if present, else what the user types at {@code prompt} (not echoed). */
  static String orPrompt(String given, String prompt, String option, CommandSpec spec) {
    if (given != null) {
      return given;
    }
    Console console = System.console();
    if (console == null) {
      throw new ParameterException(
          spec.commandLine(), "missing " + option + " (no terminal to prompt on)");
    }
    char[] typed = console.readPassword("%s: ", prompt);
    if (typed == null || typed.length == 0) {
      throw new ParameterException(spec.commandLine(), "no " + prompt.toLowerCase() + " given");
    }
    return new String(typed);
  }
}
