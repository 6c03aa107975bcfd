package io.mooring.cli;

import io.mooring.cli.client.ProjectsApi;
import io.mooring.cli.client.TokenLifetime;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring proj role create-token PROJECT ROLE}: prints a new token of the role. */
@Command(
    name = "create-token",
    mixinStandardHelpOptions = true,
    description = {
      "Issues a token for a project role and prints it (it is not shown again).",
      "Use it as a bearer token, or with mooring login --token."
    },
    footerHeading = "%nExamples:%n",
    footer = "  mooring proj role create-token shop deployer --expires-in 24h --id ci",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:issued",
      "1:no such project or role, or the id was used before",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ProjRoleCreateTokenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "PROJECT", description = "The project.")
  String project;

  @Parameters(index = "1", paramLabel = "ROLE", description = "The role.")
  String role;

  @Option(
      names = {"-e", "--expires-in"},
      paramLabel = "DURATION",
      description = "Lifetime, e.g. 30m, 24h, 7d (default: never expires).")
  String expiresIn = "0s";

  @Option(
      names = {"-i", "--id"},
      paramLabel = "ID",
      description = "The token's id (default: random).")
  String id;

  @Option(names = "--description", paramLabel = "TEXT", description = "What the token is for.")
  String description;

  @Override
  public Integer call() throws IOException {
    long seconds;
    try {
      seconds = TokenLifetime.parse(expiresIn).toSeconds();
    } catch (IllegalArgumentException e) {
      throw new FlagException(e.getMessage());
    }
    String token =
        new ProjectsApi(connection.client())
            .createToken(project, role, new ProjectsApi.TokenRequest(seconds, id, description));
    spec.commandLine().getOut().println(token);
    return ExitCodes.OK;
  }
}
