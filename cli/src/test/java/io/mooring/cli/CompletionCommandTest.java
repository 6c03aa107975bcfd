package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionCommandTest {
  @Test
  void bashScriptCompletesTheClientVerbs() {
    CliRun bash = CliRun.of("completion", "bash");

    assertThat(bash.exitCode()).isZero();
    assertThat(bash.out())
        .contains("complete -F _complete_mooring")
        .contains("login")
        .contains("get-user-info")
        .contains("--hard-refresh");
  }

  @Test
  void zshScriptLoadsBashCompletionSupportFirst() {
    CliRun zsh = CliRun.of("completion", "zsh");

    assertThat(zsh.out()).startsWith("autoload -U +X compinit && compinit\n");
    assertThat(zsh.out()).contains("bashcompinit").contains("complete -F _complete_mooring");
  }

  @Test
  void unknownShellIsAUsageError() {
    assertThat(CliRun.of("completion", "fish").exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
