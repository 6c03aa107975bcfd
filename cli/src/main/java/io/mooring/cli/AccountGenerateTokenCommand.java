package io.mooring.cli;

import io.mooring.cli.client.ApiClient;
import io.mooring.cli.client.TokenLifetime;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mooring account generate-token}: a new API token for an account with the apiKey
 * capability, printed once on stdout (it is not saved anywhere).
 */
@Command(
    name = "generate-token",
    mixinStandardHelpOptions = true,
    description = {
      "Generates an API token for an account (default: yours) and prints it. The account needs"
          + " the apiKey capability (argocd-cm: accounts.NAME: apiKey). Use it as"
          + " `mooring login SERVER --token TOKEN` or as a bearer token."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring account generate-token --account ci --expires-in 30d",
      "  mooring account generate-token --account ci --id nightly"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed the token",
      "1:refused by the server (no such account, no apiKey capability, id taken)",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class AccountGenerateTokenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Option(
      names = {"-a", "--account"},
      paramLabel = "NAME",
      description = "The account (default: the one you are logged in as).")
  String account;

  @Option(
      names = {"-e", "--expires-in"},
      paramLabel = "DURATION",
      description = "Lifetime such as 30d, 12h or 90m (default: 0, never expires).")
  String expiresIn = "0";

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "The token's id, to revoke it by later (default: a random one).")
  String id;

  @Override
  public Integer call() throws IOException {
    Duration lifetime;
    try {
      lifetime = TokenLifetime.parse(expiresIn);
    } catch (IllegalArgumentException e) {
      throw new FlagException(e.getMessage());
    }
    ApiClient client = connection.client();
    String name =
        account != null && !account.isBlank()
            ? account
            : client.get("/api/v1/session/userinfo").path("username").asText("");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("expiresIn", lifetime.toSeconds());
    if (id != null && !id.isBlank()) {
      body.put("id", id);
    }
    String token =
        client
            .send("POST", "/api/v1/account/" + ApiClient.encode(name) + "/token", body)
            .path("token")
            .asText();
    spec.commandLine().getOut().println(token);
    return ExitCodes.OK;
  }
}
