package io.mooring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.cli.client.ClusterView;
import io.mooring.cli.client.ClustersApi;
import io.mooring.cli.client.ObjectPrinter;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring cluster get SERVER|NAME}. */
@Command(
    name = "get",
    mixinStandardHelpOptions = true,
    description = "Shows a cluster by server URL or name (no credentials).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:shown",
      "1:no such cluster, or the request failed",
      "3:not logged in or token refused"
    })
public final class ClusterGetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "SERVER|NAME", description = "The cluster's URL, or its name.")
  String cluster;

  @Override
  public Integer call() throws IOException {
    JsonNode found = new ClustersApi(connection.client()).get(cluster);
    Terminal.of(spec, output)
        .print(
            ObjectPrinter.isDocument(output.mode())
                ? ObjectPrinter.print(found, output.mode())
                : ClusterView.detail(found));
    return ExitCodes.OK;
  }
}
