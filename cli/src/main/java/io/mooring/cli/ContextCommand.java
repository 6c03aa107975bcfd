package io.mooring.cli;

import io.mooring.cli.client.CliConfig;
import io.mooring.cli.client.ContextEntry;
import io.mooring.cli.client.Table;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring context [NAME]}: lists saved contexts, or switches to NAME. */
@Command(
    name = "context",
    aliases = "ctx",
    mixinStandardHelpOptions = true,
    description = {
      "Without NAME: lists the saved contexts (* marks the current one).",
      "With NAME: makes it the current context."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed, switched or deleted", "1:no such context", "2:usage error"})
public final class ContextCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "Context to switch to.")
  String target;

  @Option(names = "--delete", description = "Delete context NAME instead of switching to it.")
  boolean delete;

  @Override
  public Integer call() throws IOException {
    var store = connection.store();
    CliConfig config = store.load();
    if (target == null) {
      spec.commandLine().getOut().print(table(config));
      spec.commandLine().getOut().flush(); // print() alone is not flushed before exit
      return ExitCodes.OK;
    }
    if (config.context(target).isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "error: there is no context named '"
                  + target
                  + "' (see `mooring context`, or create it with `mooring login SERVER`)");
      return ExitCodes.FAILURE;
    }
    if (delete) {
      store.save(config.without(target));
      spec.commandLine().getOut().println("deleted context '" + target + "'");
    } else {
      store.save(config.switchTo(target));
      spec.commandLine().getOut().println("switched to context '" + target + "'");
    }
    return ExitCodes.OK;
  }

  private static String table(CliConfig config) {
    Table table = new Table("CURRENT", "NAME", "SERVER", "USER", "LOGGED IN");
    for (ContextEntry entry : config.contexts()) {
      table.row(
          entry.name().equals(config.currentContext()) ? "*" : "",
          entry.name(),
          entry.baseUrl(),
          entry.user(),
          entry.token() == null ? "no" : "yes");
    }
    return table.render();
  }
}
