package io.mooring.cli;

import io.mooring.cli.client.ClustersApi;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring cluster rm SERVER|NAME}. */
@Command(
    name = "rm",
    mixinStandardHelpOptions = true,
    description = "Removes a cluster (the local one cannot be removed).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:removed",
      "1:no such cluster, refused, or the request failed",
      "3:not logged in or token refused"
    })
public final class ClusterRmCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(paramLabel = "SERVER|NAME", description = "The cluster's URL, or its name.")
  String cluster;

  @Override
  public Integer call() throws IOException {
    new ClustersApi(connection.client()).remove(cluster);
    spec.commandLine().getOut().println("cluster '" + cluster + "' removed");
    return ExitCodes.OK;
  }
}
