package io.mooring.cli;

import static io.mooring.cli.client.ApiClient.encode;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring account can-i ACTION RESOURCE SUBRESOURCE}: asks the server's RBAC. */
@Command(
    name = "can-i",
    mixinStandardHelpOptions = true,
    description = {
      "Prints yes or no: may the current account perform ACTION on RESOURCE SUBRESOURCE?",
      "Example: mooring account can-i sync applications 'default/*'"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:answered (yes or no)",
      "1:request failed",
      "3:not logged in or token refused"
    })
public final class AccountCanICommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(
      index = "0",
      paramLabel = "ACTION",
      description = "get, create, update, delete, sync, override, action…")
  String action;

  @Parameters(
      index = "1",
      paramLabel = "RESOURCE",
      description = "applications, projects, repositories, clusters, accounts…")
  String resource;

  @Parameters(
      index = "2",
      paramLabel = "SUBRESOURCE",
      description = "The object, e.g. PROJECT/APP or '*'.")
  String subresource;

  @Override
  public Integer call() throws IOException {
    String path =
        "/api/v1/account/can-i/"
            + encode(resource)
            + "/"
            + encode(action)
            + "/"
            + encode(subresource);
    spec.commandLine().getOut().println(connection.client().get(path).path("value").asText("no"));
    return ExitCodes.OK;
  }
}
