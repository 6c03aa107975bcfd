package io.mooring.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mooring completion bash|zsh}: prints a completion script generated from the command tree
 * (picocli's generator; the same script serves zsh through bashcompinit).
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a shell completion script.",
      "bash: source <(mooring completion bash)",
      "zsh:  source <(mooring completion zsh)"
    })
public final class CompletionCommand implements Callable<Integer> {
  /** Shells a script can be printed for. */
  enum Shell {
    bash,
    zsh
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("mooring", Main.commandLine());
    if (shell == Shell.zsh) {
      script =
          "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
              + script;
    }
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush(); // print() alone is not flushed before exit
    return ExitCodes.OK;
  }
}
