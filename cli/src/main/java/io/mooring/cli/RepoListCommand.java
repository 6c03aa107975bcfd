package io.mooring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.cli.client.ObjectPrinter;
import io.mooring.cli.client.RepositoriesApi;
import io.mooring.cli.client.RepositoryView;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mooring repo list}: the repositories and whether the server can read them. */
@Command(
    name = "list",
    aliases = "ls",
    mixinStandardHelpOptions = true,
    description = "Lists repositories with their connection status (credentials are never shown).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "1:request failed", "3:not logged in or token refused"})
public final class RepoListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Option(
      names = "--refresh",
      description = "Try each repository again now (not the last minute's outcome).")
  boolean refresh;

  @Override
  public Integer call() throws IOException {
    List<JsonNode> repositories = new RepositoriesApi(connection.client()).list(refresh);
    Terminal.of(spec, output)
        .print(
            ObjectPrinter.isDocument(output.mode())
                ? ObjectPrinter.print(repositories, output.mode())
                : RepositoryView.table(repositories));
    return ExitCodes.OK;
  }
}
