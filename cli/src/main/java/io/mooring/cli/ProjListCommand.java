package io.mooring.cli;

import io.mooring.cli.client.ObjectPrinter;
import io.mooring.cli.client.ProjectListView;
import io.mooring.cli.client.ProjectsApi;
import io.mooring.model.AppProject;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mooring proj list}: the projects you may see. */
@Command(
    name = "list",
    aliases = "ls",
    mixinStandardHelpOptions = true,
    description = "Lists AppProjects with their destinations, sources and resource rules.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "1:request failed", "3:not logged in or token refused"})
public final class ProjListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    List<AppProject> projects = new ProjectsApi(connection.client()).list();
    Terminal.of(spec, output)
        .print(
            ObjectPrinter.isDocument(output.mode())
                ? ObjectPrinter.print(projects, output.mode())
                : ProjectListView.render(projects));
    return ExitCodes.OK;
  }
}
