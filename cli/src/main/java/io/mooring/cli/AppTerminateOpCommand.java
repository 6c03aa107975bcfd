package io.mooring.cli;

import io.mooring.cli.client.ApplicationsApi;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring app terminate-op NAME}: asks the running operation to stop. */
@Command(
    name = "terminate-op",
    mixinStandardHelpOptions = true,
    description =
        "Terminates the operation in progress: running hooks are deleted and the operation"
            + " ends Failed with \"Operation terminated\".",
    footerHeading = "%nExamples:%n",
    footer = {"  mooring app terminate-op guestbook"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:termination requested",
      "1:no operation is in progress, or the request failed",
      "3:not logged in or token refused"
    })
public final class AppTerminateOpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(paramLabel = "NAME", description = "The Application.")
  String name;

  @Override
  public Integer call() throws IOException {
    new ApplicationsApi(connection.client()).terminateOperation(name);
    spec.commandLine().getOut().println("Application '" + name + "' operation terminating");
    return ExitCodes.OK;
  }
}
