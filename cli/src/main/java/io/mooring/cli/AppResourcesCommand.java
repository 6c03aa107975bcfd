package io.mooring.cli;

import io.mooring.cli.client.AppDetailView;
import io.mooring.cli.client.ApplicationsApi;
import io.mooring.cli.client.ObjectPrinter;
import io.mooring.model.Application;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring app resources NAME}: the managed resources of status.resources. */
@Command(
    name = "resources",
    mixinStandardHelpOptions = true,
    description =
        "Lists the resources an Application manages, with their sync and health status"
            + " (status.resources); -o wide adds the wave and health message.",
    footerHeading = "%nExamples:%n",
    footer = {"  mooring app resources guestbook", "  mooring app resources guestbook -o yaml"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:listed",
      "1:no such Application, or the request failed",
      "3:not logged in or token refused"
    })
public final class AppResourcesCommand implements Callable<Integer> {
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
            ? ObjectPrinter.print(
                app.status == null || app.status.resources == null
                    ? List.of()
                    : app.status.resources,
                output.mode())
            : AppDetailView.resources(app, output.mode(), output.palette()));
    return ExitCodes.OK;
  }
}
