package io.mooring.cli;

import io.mooring.cli.client.ApplicationsApi;
import io.mooring.cli.client.HistoryView;
import io.mooring.cli.client.ObjectPrinter;
import io.mooring.model.Application;
import java.io.IOException;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring app history NAME}: the app's deployments, the ids {@code app rollback} takes. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "Lists an Application's deployments (status.history), oldest first.",
    footerHeading = "%nExamples:%n",
    footer = {"  mooring app history guestbook", "  mooring app history guestbook -o json"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:listed",
      "1:no such Application, or the request failed",
      "3:not logged in or token refused"
    })
public final class AppHistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "NAME", description = "The Application.")
  String name;

  @Override
  public Integer call() throws IOException {
    Application app = new ApplicationsApi(connection.client()).get(name);
    Terminal terminal = Terminal.of(spec, output);
    terminal.print(
        ObjectPrinter.isDocument(output.mode())
            ? ObjectPrinter.print(HistoryView.entries(app), output.mode())
            : HistoryView.render(app, ZoneId.systemDefault()));
    return ExitCodes.OK;
  }
}
