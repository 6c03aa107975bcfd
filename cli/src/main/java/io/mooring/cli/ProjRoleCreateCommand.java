package io.mooring.cli;

import io.mooring.cli.client.ProjectEdits;
import io.mooring.model.AppProjectSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mooring proj role create PROJECT ROLE}. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = "Adds a role (no policies yet) to the project; an existing role is left as is.",
    footerHeading = "%nExamples:%n",
    footer = "  mooring proj role create shop deployer --description 'CI syncs'",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:created or unchanged",
      "1:no such project, or the server refused the role name",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ProjRoleCreateCommand extends ProjectEditCommand {
  @Parameters(index = "1", paramLabel = "ROLE", description = "The role's name.")
  String role;

  @Option(names = "--description", paramLabel = "TEXT", description = "What the role is for.")
  String description;

  @Override
  void change(AppProjectSpec projectSpec) {
    ProjectEdits.createRole(projectSpec, role, description);
  }
}
