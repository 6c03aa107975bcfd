package io.mooring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.cli.client.ApiClient;
import io.mooring.cli.client.ContextEntry;
import io.mooring.cli.client.ContextEntry.Transport;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mooring login SERVER}: logs in with a username and password (prompted when missing on a
 * terminal) or an existing token, and saves the server as the current context.
 */
@Command(
    name = "login",
    mixinStandardHelpOptions = true,
    description = {
      "Logs in to a Mooring API server and makes it the current context.",
      "The token is saved in the contexts file (mode 0600)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:logged in",
      "1:the server could not be reached or refused the login",
      "2:usage error"
    })
public final class LoginCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(paramLabel = "SERVER", description = "host[:port] or URL of the API server.")
  String server;

  @ArgGroup(exclusive = true)
  Credentials credentials = new Credentials();

  @Option(names = "--plaintext", description = "Use plain HTTP instead of HTTPS.")
  boolean plaintext;

  @Option(names = "--insecure", description = "Accept any server certificate (self-signed).")
  boolean insecure;

  @Option(
      names = "--name",
      paramLabel = "CONTEXT",
      description = "Name of the context to save (default: SERVER).")
  String name;

  /** Either a username (and password) or a token. */
  static final class Credentials {
    @ArgGroup(exclusive = false)
    UserPassword userPassword;

    @Option(
        names = "--token",
        paramLabel = "TOKEN",
        description = "Use this session or API token instead of a password.")
    String token;
  }

  /** A username and an optional password. */
  static final class UserPassword {
    @Option(
        names = "--username",
        required = true,
        paramLabel = "USER",
        description = "Account to log in as.")
    String username;

    @Option(
        names = "--password",
        paramLabel = "PASSWORD",
        description = "Password (prompted for on a terminal when omitted).")
    String password;
  }

  @Override
  public Integer call() throws IOException {
    String contextName = name != null ? name : server;
    ContextEntry anonymous = new ContextEntry(contextName, server, null, null, transport());
    String token;
    String user;
    if (credentials.token != null) {
      token = credentials.token;
      JsonNode info =
          ApiClient.forContext(anonymous.withToken(token)).get("/api/v1/session/userinfo");
      if (!info.path("loggedIn").asBoolean(false)) {
        spec.commandLine().getErr().println("error: the server does not accept this token");
        return ExitCodes.UNAUTHORIZED;
      }
      user = info.path("username").asText("");
    } else {
      if (credentials.userPassword == null) {
        spec.commandLine()
            .getErr()
            .println("error: give --username (and --password, or type it when asked) or --token");
        return ExitCodes.USAGE;
      }
      user = credentials.userPassword.username;
      String password =
          PasswordPrompt.orPrompt(
              credentials.userPassword.password, "Password", "--password", spec);
      token =
          ApiClient.forContext(anonymous)
              .send("POST", "/api/v1/session", Map.of("username", user, "password", password))
              .path("token")
              .asText();
    }
    var store = connection.store();
    store.save(
        store.load().withCurrent(new ContextEntry(contextName, server, user, token, transport())));
    spec.commandLine()
        .getOut()
        .println(
            "'"
                + user
                + "' logged in to "
                + anonymous.baseUrl()
                + "; context '"
                + contextName
                + "' is current");
    return ExitCodes.OK;
  }

  private Transport transport() {
    if (plaintext) {
      return Transport.plaintext;
    }
    return insecure ? Transport.https_insecure : Transport.https;
  }
}
