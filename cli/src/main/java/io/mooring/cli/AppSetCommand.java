package io.mooring.cli;

import io.mooring.cli.client.ApplicationsApi;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring app set NAME}: changes spec fields with argocd's flags. */
@Command(
    name = "set",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Changes an Application's spec: source, destination, project, sync policy, Helm and"
          + " Kustomize settings. Other fields stay as they are.",
      "Reads the app, changes it and writes it back at the version read (again if someone else"
          + " changed it meanwhile)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring app set guestbook --revision v1.2.0",
      "  mooring app set guestbook --sync-policy automated --auto-prune --self-heal",
      "  mooring app set guestbook --sync-policy none",
      "  mooring app set shop --helm-set replicas=3 --values values-prod.yaml",
      "  mooring app set web --kustomize-image nginx:1.27 --name-prefix prod-"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:updated or unchanged",
      "1:refused by the server (its message names the field), or the request failed",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class AppSetCommand implements Callable<Integer> {
  private static final Set<String> CONNECTION_OPTIONS = Set.of("--config", "--context");

  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(paramLabel = "NAME", description = "The Application.")
  String name;

  @Mixin AppSpecFlags flags;

  @Override
  public Integer call() throws IOException {
    boolean anyFlag =
        spec.commandLine().getParseResult().matchedOptions().stream()
            .map(OptionSpec::longestName)
            .anyMatch(option -> !CONNECTION_OPTIONS.contains(option));
    if (!anyFlag) {
      throw new FlagException(
          "nothing to set: give at least one flag (see mooring app set --help)");
    }
    SpecUpdate.Outcome outcome =
        SpecUpdate.apply(new ApplicationsApi(connection.client()), name, flags::applyTo);
    spec.commandLine()
        .getOut()
        .println(
            "application '"
                + name
                + "' "
                + (outcome == SpecUpdate.Outcome.UPDATED ? "updated" : "unchanged"));
    return ExitCodes.OK;
  }
}
