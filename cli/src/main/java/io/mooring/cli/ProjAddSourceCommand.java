package io.mooring.cli;

import io.mooring.cli.client.ProjectEdits;
import io.mooring.model.AppProjectSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mooring proj add-source PROJECT URL}. */
@Command(
    name = "add-source",
    mixinStandardHelpOptions = true,
    description = "Lets the project's Applications use source repository URL (a glob; * for any).",
    footerHeading = "%nExamples:%n",
    footer = "  mooring proj add-source shop https://git.example.com/shop/*",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:updated or unchanged",
      "1:no such project, or the server refused the change (its message says why)",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ProjAddSourceCommand extends ProjectEditCommand {
  @Parameters(index = "1", paramLabel = "URL", description = "Repository URL or glob.")
  String url;

  @Override
  void change(AppProjectSpec projectSpec) {
    ProjectEdits.addSource(projectSpec, url);
  }
}
