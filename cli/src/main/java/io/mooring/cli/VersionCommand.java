package io.mooring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.cli.client.ApiClient;
import io.mooring.cli.client.ObjectPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mooring version}: the client's version and, unless {@code --client}, the server's ({@code
 * GET /api/version}). With {@code --client} nothing but a properties file is read, so it starts
 * fast.
 */
@Command(
    name = "version",
    mixinStandardHelpOptions = true,
    description = "Prints the client version and the version of the current context's server.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed",
      "1:the server could not be reached",
      "3:not logged in (no current context)"
    })
public final class VersionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Option(names = "--client", description = "Print the client version only (no server call).")
  boolean clientOnly;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> versions = new LinkedHashMap<>();
    versions.put("client", client());
    if (!clientOnly) {
      JsonNode server = ApiClient.forContext(connection.chosenContext()).get("/api/version");
      versions.put("server", server);
    }
    if (ObjectPrinter.isDocument(output.mode())) {
      out.print(ObjectPrinter.print(versions, output.mode()));
      spec.commandLine().getOut().flush(); // print() alone is not flushed before exit
      return ExitCodes.OK;
    }
    out.println("mooring: " + MooringVersion.current());
    out.println("  Java: " + System.getProperty("java.version"));
    if (!clientOnly) {
      JsonNode server = (JsonNode) versions.get("server");
      out.println("mooring-server: " + server.path("Version").asText());
      out.println("  Platform: " + server.path("Platform").asText());
      out.println("  Java: " + server.path("JavaVersion").asText());
    }
    return ExitCodes.OK;
  }

  private static Map<String, String> client() {
    Map<String, String> client = new LinkedHashMap<>();
    client.put("Version", MooringVersion.current());
    client.put("JavaVersion", System.getProperty("java.version"));
    return client;
  }
}
