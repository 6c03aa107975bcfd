package io.mooring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.cli.client.ClusterView;
import io.mooring.cli.client.ClustersApi;
import io.mooring.cli.client.ObjectPrinter;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mooring cluster list}: the clusters, the local one first. */
@Command(
    name = "list",
    aliases = "ls",
    mixinStandardHelpOptions = true,
    description = "Lists clusters with their version and connection status.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "1:request failed", "3:not logged in or token refused"})
public final class ClusterListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    List<JsonNode> clusters = new ClustersApi(connection.client()).list();
    Terminal.of(spec, output)
        .print(
            ObjectPrinter.isDocument(output.mode())
                ? ObjectPrinter.print(clusters, output.mode())
                : ClusterView.table(clusters));
    return ExitCodes.OK;
  }
}
