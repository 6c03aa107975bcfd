package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run builds the command tree only as far as its words need. */
class CommandNodeTest {
  @Test
  void aSubcommandsWordsBuildOnlyThePathToIt() {
    CommandLine root = Main.commandLine(List.of("app", "get", "guestbook", "-o", "yaml"));

    assertThat(root.getSubcommands()).containsOnlyKeys("app");
    assertThat(root.getSubcommands().get("app").getSubcommands()).containsOnlyKeys("get");
  }

  @Test
  void helpAndUnknownWordsGetTheWholeLevel() {
    CommandLine help = Main.commandLine(List.of("--help"));
    CommandLine typo = Main.commandLine(List.of("app", "lsit"));

    assertThat(help.getSubcommands()).containsKeys("admin", "app", "account", "version", "server");
    assertThat(typo.getSubcommands().get("app").getSubcommands())
        .containsKeys("list", "ls", "get", "sync", "delete", "rm");
  }

  @Test
  void aPrunedTreeRunsTheCommandAsTheFullOneDoes() {
    assertThat(Main.run("version", "--client", "-o", "json")).isZero();
    assertThat(Main.run("app", "lsit")).isEqualTo(ExitCodes.USAGE);
  }
}
