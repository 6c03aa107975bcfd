package io.mooring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.cli.client.ObjectPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mooring account get-user-info}: who the server thinks you are. */
@Command(
    name = "get-user-info",
    mixinStandardHelpOptions = true,
    description = "Prints whether you are logged in, as whom, the token issuer and your groups.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "1:request failed", "3:not logged in or token refused"})
public final class AccountGetUserInfoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    JsonNode info = connection.client().get("/api/v1/session/userinfo");
    PrintWriter out = spec.commandLine().getOut();
    if (ObjectPrinter.isDocument(output.mode())) {
      out.print(ObjectPrinter.print(info, output.mode()));
      spec.commandLine().getOut().flush(); // print() alone is not flushed before exit
      return ExitCodes.OK;
    }
    List<String> groups = new ArrayList<>();
    info.path("groups").forEach(g -> groups.add(g.asText()));
    out.println("Logged In: " + info.path("loggedIn").asBoolean(false));
    out.println("Username: " + info.path("username").asText(""));
    out.println("Issuer: " + info.path("iss").asText(""));
    out.println(("Groups: " + String.join(",", groups)).stripTrailing());
    return ExitCodes.OK;
  }
}
