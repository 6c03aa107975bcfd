package io.mooring.cli;

import io.mooring.cli.client.RepositoriesApi;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring repo rm URL}. */
@Command(
    name = "rm",
    mixinStandardHelpOptions = true,
    description = "Removes a repository (and its stored credentials).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:removed",
      "1:no such repository, or the request failed",
      "3:not logged in or token refused"
    })
public final class RepoRmCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(paramLabel = "URL", description = "The repository's URL.")
  String url;

  @Override
  public Integer call() throws IOException {
    new RepositoriesApi(connection.client()).remove(url);
    spec.commandLine().getOut().println("repository '" + url + "' removed");
    return ExitCodes.OK;
  }
}
