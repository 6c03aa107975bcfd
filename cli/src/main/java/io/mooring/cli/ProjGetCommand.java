package io.mooring.cli;

import io.mooring.cli.client.ObjectPrinter;
import io.mooring.cli.client.ProjectDetailView;
import io.mooring.cli.client.ProjectFacts;
import io.mooring.cli.client.ProjectsApi;
import io.mooring.model.AppProject;
import io.mooring.model.SyncWindow;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring proj get NAME}: a project's rules, roles and sync windows. */
@Command(
    name = "get",
    mixinStandardHelpOptions = true,
    description = "Shows an AppProject: sources, destinations, resource rules, roles, windows.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:shown",
      "1:no such project, or the request failed",
      "3:not logged in or token refused"
    })
public final class ProjGetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "NAME", description = "The project.")
  String name;

  @Override
  public Integer call() throws IOException {
    ProjectsApi projects = new ProjectsApi(connection.client());
    AppProject project = projects.get(name);
    List<SyncWindow> active =
        ProjectFacts.spec(project).syncWindows == null || ObjectPrinter.isDocument(output.mode())
            ? List.of()
            : projects.activeWindows(name);
    Terminal.of(spec, output)
        .print(
            ObjectPrinter.isDocument(output.mode())
                ? ObjectPrinter.print(project, output.mode())
                : ProjectDetailView.render(project, active));
    return ExitCodes.OK;
  }
}
