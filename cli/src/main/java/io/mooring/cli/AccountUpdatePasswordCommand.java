package io.mooring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.cli.client.ApiClient;
import io.mooring.cli.client.ContextEntry;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mooring account update-password}: changes your password (or, with rights, another
 * account's). Changing your own ends your other sessions; the new session token is saved.
 */
@Command(
    name = "update-password",
    mixinStandardHelpOptions = true,
    description = "Changes an account's password; prompts for passwords not given as options.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:password changed",
      "1:refused (wrong current password, too short, not allowed)",
      "3:not logged in or token refused"
    })
public final class AccountUpdatePasswordCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Option(
      names = "--account",
      paramLabel = "NAME",
      description = "Account whose password to change (default: your own).")
  String account;

  @Option(
      names = "--current-password",
      paramLabel = "PASSWORD",
      description = "Your current password (prompted for when omitted).")
  String currentPassword;

  @Option(
      names = "--new-password",
      paramLabel = "PASSWORD",
      description = "The new password, 8 to 32 characters (prompted for when omitted).")
  String newPassword;

  @Override
  public Integer call() throws IOException {
    ContextEntry context = connection.loggedInContext();
    Map<String, String> body = new LinkedHashMap<>();
    body.put(
        "currentPassword",
        PasswordPrompt.orPrompt(currentPassword, "Current password", "--current-password", spec));
    body.put(
        "newPassword",
        PasswordPrompt.orPrompt(newPassword, "New password", "--new-password", spec));
    if (account != null) {
      body.put("name", account);
    }
    JsonNode answer = ApiClient.forContext(context).send("PUT", "/api/v1/account/password", body);
    String token = answer.path("token").asText("");
    if (!token.isEmpty()) {
      var store = connection.store();
      store.save(store.load().with(context.withToken(token)));
    }
    String whose = account == null ? "your" : "'" + account + "'s";
    spec.commandLine().getOut().println("changed " + whose + " password");
    return ExitCodes.OK;
  }
}
