package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every client verb explains itself in --help. */
class HelpTextTest {
  @Test
  void everyAppAndAccountVerbDocumentsItsExitCodes() {
    CommandLine root = Main.commandLine();
    for (String group : new String[] {"app", "account"}) {
      for (Map.Entry<String, CommandLine> verb :
          root.getSubcommands().get(group).getSubcommands().entrySet()) {
        String help = verb.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(help).as("mooring %s %s --help", group, verb.getKey()).contains("Exit codes:");
      }
    }
  }

  @Test
  void everyProjRepoAndClusterVerbDocumentsItsExitCodes() {
    CommandLine root = Main.commandLine();
    for (String group : new String[] {"proj", "repo", "cluster"}) {
      assertLeavesDocumentExitCodes("mooring " + group, root.getSubcommands().get(group));
    }
  }

  @Test
  void theTopLevelHelpListsTheSharedExitCodesIncludingUnauthorized() {
    String help = Main.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);

    assertThat(help)
        .contains("Exit codes:")
        .contains("2   usage error")
        .contains("3   not logged in, or the server refused the saved token");
  }

  private static void assertLeavesDocumentExitCodes(String words, CommandLine command) {
    if (command.getSubcommands().isEmpty()) {
      assertThat(command.getUsageMessage(CommandLine.Help.Ansi.OFF))
          .as("%s --help", words)
          .contains("Exit codes:");
      return;
    }
    command
        .getSubcommands()
        .forEach((name, sub) -> assertLeavesDocumentExitCodes(words + " " + name, sub));
  }

  @Test
  void theNewAppVerbsShowExamples() {
    CommandLine app = Main.commandLine().getSubcommands().get("app");
    for (String verb :
        new String[] {
          "create",
          "diff",
          "set",
          "unset",
          "sync",
          "wait",
          "history",
          "rollback",
          "manifests",
          "resources",
          "terminate-op",
          "delete"
        }) {
      String help = app.getSubcommands().get(verb).getUsageMessage(CommandLine.Help.Ansi.OFF);
      assertThat(help)
          .as("mooring app %s --help", verb)
          .contains("Examples:")
          .contains("mooring app " + verb);
    }
  }
}
