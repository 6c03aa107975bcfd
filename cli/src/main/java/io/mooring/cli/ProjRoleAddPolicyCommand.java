package io.mooring.cli;

import io.mooring.cli.client.ProjectEdits;
import io.mooring.cli.client.RolePolicy;
import io.mooring.model.AppProjectSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mooring proj role add-policy PROJECT ROLE -a ACTION -o OBJECT [-p allow|deny]}. */
@Command(
    name = "add-policy",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Adds an RBAC policy line to a project role:",
      "  p, proj:PROJECT:ROLE, RESOURCE, ACTION, PROJECT/OBJECT, PERMISSION"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring proj role add-policy shop deployer --action sync --object '*'",
      "  mooring proj role add-policy shop deployer -a get -o web -p deny"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:added or unchanged",
      "1:no such project or role, or the server refused the policy",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ProjRoleAddPolicyCommand extends ProjectEditCommand {
  @Parameters(index = "1", paramLabel = "ROLE", description = "The role.")
  String role;

  @Option(
      names = {"-a", "--action"},
      required = true,
      paramLabel = "ACTION",
      description = "get, create, update, delete, sync, override, action/... or *.")
  String action;

  @Option(
      names = {"-o", "--object"},
      required = true,
      paramLabel = "OBJECT",
      description = "The Application (glob) within the project, e.g. * or web-*.")
  String object;

  @Option(
      names = {"-p", "--permission"},
      paramLabel = "PERMISSION",
      description = "allow (default) or deny.")
  String permission = "allow";

  @Option(
      names = {"-R", "--resource"},
      paramLabel = "RESOURCE",
      description = "applications (default), applicationsets, logs, exec, repositories, clusters.")
  String resource = "applications";

  @Override
  void change(AppProjectSpec projectSpec) {
    ProjectEdits.addPolicy(
        projectSpec, role, new RolePolicy(project, role, resource, action, object, permission));
  }
}
