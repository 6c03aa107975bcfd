package io.mooring.cli;

import io.mooring.cli.client.ApiClient;
import io.mooring.cli.client.ClientException;
import io.mooring.cli.client.ContextEntry;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mooring logout [CONTEXT]}: ends the session on the server (when it can be reached) and
 * forgets the token; the context itself stays, so {@code mooring login} can reuse it.
 */
@Command(
    name = "logout",
    mixinStandardHelpOptions = true,
    description = "Logs out of the current context (or CONTEXT) and removes its saved token.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:logged out", "1:no such context", "2:usage error"})
public final class LogoutCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(arity = "0..1", paramLabel = "CONTEXT", description = "Context to log out of.")
  String contextName;

  @Override
  public Integer call() throws IOException {
    var store = connection.store();
    var config = store.load();
    var chosen = contextName != null ? config.context(contextName) : config.current();
    if (chosen.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              contextName != null
                  ? "error: there is no context named '" + contextName + "'"
                  : "error: there is no current context: nothing to log out of");
      return ExitCodes.FAILURE;
    }
    ContextEntry entry = chosen.get();
    String note = "";
    if (entry.token() != null) {
      try {
        ApiClient.forContext(entry).send("DELETE", "/api/v1/session", null);
      } catch (ClientException e) {
        note = " (the server did not confirm: " + e.getMessage() + ")";
      }
    }
    store.save(config.with(entry.withoutToken()));
    spec.commandLine().getOut().println("logged out of '" + entry.name() + "'" + note);
    return ExitCodes.OK;
  }
}
