package io.mooring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.cli.client.ObjectPrinter;
import io.mooring.cli.client.RepositoriesApi;
import io.mooring.cli.client.RepositoryView;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring repo get URL}. */
@Command(
    name = "get",
    mixinStandardHelpOptions = true,
    description = "Shows a repository and whether the server can read it (no credentials).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:shown",
      "1:no such repository, or the request failed",
      "3:not logged in or token refused"
    })
public final class RepoGetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "URL", description = "The repository's URL.")
  String url;

  @Option(names = "--refresh", description = "Try the repository again now.")
  boolean refresh;

  @Override
  public Integer call() throws IOException {
    JsonNode repository = new RepositoriesApi(connection.client()).get(url, refresh);
    Terminal.of(spec, output)
        .print(
            ObjectPrinter.isDocument(output.mode())
                ? ObjectPrinter.print(repository, output.mode())
                : RepositoryView.detail(repository));
    return ExitCodes.OK;
  }
}
