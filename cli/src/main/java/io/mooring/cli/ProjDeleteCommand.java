package io.mooring.cli;

import io.mooring.cli.client.ProjectsApi;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring proj delete NAME}. */
@Command(
    name = "delete",
    aliases = "rm",
    mixinStandardHelpOptions = true,
    description =
        "Deletes an AppProject. The server refuses 'default' and any project Applications still"
            + " use.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:deleted",
      "1:no such project, or refused (the server says why)",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ProjDeleteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(paramLabel = "NAME", description = "The project.")
  String name;

  @Override
  public Integer call() throws IOException {
    new ProjectsApi(connection.client()).delete(name);
    spec.commandLine().getOut().println("project '" + name + "' deleted");
    return ExitCodes.OK;
  }
}
