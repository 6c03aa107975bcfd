package io.mooring.cli;

import io.mooring.cli.client.ProjectEdits;
import io.mooring.model.AppProjectSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mooring proj remove-destination PROJECT SERVER NAMESPACE [--name]}. */
@Command(
    name = "remove-destination",
    mixinStandardHelpOptions = true,
    description =
        "Removes a destination from the project (the server refuses it while an Application of"
            + " the project deploys there).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:updated or unchanged",
      "1:no such project, or the server refused the change (its message says why)",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ProjRemoveDestinationCommand extends ProjectEditCommand {
  @Parameters(index = "1", paramLabel = "SERVER", description = "Cluster URL (or name, --name).")
  String server;

  @Parameters(index = "2", paramLabel = "NAMESPACE", description = "Namespace or glob.")
  String namespace;

  @Option(names = "--name", description = "SERVER is the cluster's name, not its URL.")
  boolean byName;

  @Override
  void change(AppProjectSpec projectSpec) {
    ProjectEdits.removeDestination(
        projectSpec,
        byName ? Destinations.named(server, namespace) : Destinations.atServer(server, namespace));
  }
}
