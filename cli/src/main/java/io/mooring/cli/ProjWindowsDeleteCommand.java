package io.mooring.cli;

import io.mooring.cli.client.ProjectEdits;
import io.mooring.model.AppProjectSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mooring proj windows delete PROJECT ID}. */
@Command(
    name = "delete",
    aliases = "rm",
    mixinStandardHelpOptions = true,
    description = "Deletes the sync window numbered ID in mooring proj windows list.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:deleted",
      "1:no such project or window, or the request failed",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ProjWindowsDeleteCommand extends ProjectEditCommand {
  @Parameters(index = "1", paramLabel = "ID", description = "The window's ID (its index).")
  int id;

  @Override
  void change(AppProjectSpec projectSpec) {
    ProjectEdits.deleteWindow(projectSpec, id);
  }
}
