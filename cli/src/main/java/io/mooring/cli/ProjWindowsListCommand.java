package io.mooring.cli;

import io.mooring.cli.client.ObjectPrinter;
import io.mooring.cli.client.ProjectFacts;
import io.mooring.cli.client.ProjectsApi;
import io.mooring.cli.client.SyncWindowsView;
import io.mooring.model.SyncWindow;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring proj windows list PROJECT}: the windows, and which are in force now. */
@Command(
    name = "list",
    aliases = "ls",
    mixinStandardHelpOptions = true,
    description = "Lists a project's sync windows; STATUS says whether each is in force now.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:listed",
      "1:no such project, or the request failed",
      "3:not logged in or token refused"
    })
public final class ProjWindowsListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "PROJECT", description = "The project.")
  String project;

  @Override
  public Integer call() throws IOException {
    ProjectsApi projects = new ProjectsApi(connection.client());
    List<SyncWindow> windows = ProjectFacts.spec(projects.get(project)).syncWindows;
    List<SyncWindow> all = windows == null ? List.of() : windows;
    Terminal.of(spec, output)
        .print(
            ObjectPrinter.isDocument(output.mode())
                ? ObjectPrinter.print(all, output.mode())
                : SyncWindowsView.render(all, projects.activeWindows(project)));
    return ExitCodes.OK;
  }
}
