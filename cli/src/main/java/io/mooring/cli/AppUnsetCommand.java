package io.mooring.cli;

import io.mooring.cli.client.ApplicationsApi;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring app unset NAME}: removes Helm parameters, values, image overrides and more. */
@Command(
    name = "unset",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Removes settings from an Application's spec: Helm parameters and values files, Kustomize"
          + " image overrides, namePrefix and nameSuffix, automated sync."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring app unset shop -p replicas --values values-prod.yaml",
      "  mooring app unset web --kustomize-image nginx --name-prefix",
      "  mooring app unset guestbook --automated"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:updated or unchanged",
      "1:refused by the server, or the request failed",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class AppUnsetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(paramLabel = "NAME", description = "The Application.")
  String name;

  @Mixin UnsetFlags flags;

  @Override
  public Integer call() throws IOException {
    if (!flags.any()) {
      throw new FlagException(
          "nothing to unset: give at least one flag (see mooring app unset --help)");
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
