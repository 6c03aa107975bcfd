package io.mooring.cli;

import java.io.Console;

/** Asks a yes/no question on the terminal, as argocd does before deleting. */
final class Confirmation {
  private Confirmation() {}

  /** Whether there is a terminal to ask on. */
  static boolean possible() {
    return System.console() != null;
  }

  /** Asks {@code question} until the answer is y or n; true for y. */
  static boolean ask(String question) {
    Console console = System.console();
    while (true) {
      String answer = console.readLine("%s [y/n] ", question);
      if (answer == null) {
        return false;
      }
      switch (answer.trim().toLowerCase()) {
        case "y", "yes" -> {
          return true;
        }
        case "n", "no" -> {
          return false;
        }
        default -> console.printf("please answer y or n%n");
      }
    }
  }
}
