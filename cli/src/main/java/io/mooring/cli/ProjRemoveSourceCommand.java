package io.mooring.cli;

import io.mooring.cli.client.ProjectEdits;
import io.mooring.model.AppProjectSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mooring proj remove-source PROJECT URL}. */
@Command(
    name = "remove-source",
    mixinStandardHelpOptions = true,
    description =
        "Removes source repository URL from the project (the server refuses it while an"
            + " Application of the project uses it).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:updated or unchanged",
      "1:no such project, or the server refused the change (its message says why)",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ProjRemoveSourceCommand extends ProjectEditCommand {
  @Parameters(index = "1", paramLabel = "URL", description = "Repository URL or glob, as listed.")
  String url;

  @Override
  void change(AppProjectSpec projectSpec) {
    ProjectEdits.removeSource(projectSpec, url);
  }
}
