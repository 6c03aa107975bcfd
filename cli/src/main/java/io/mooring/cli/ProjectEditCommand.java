package io.mooring.cli;

import io.mooring.cli.client.ProjectsApi;
import io.mooring.model.AppProjectSpec;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every {@code proj} verb that changes one project has in common: the PROJECT argument, the
 * read-change-write of {@link ProjectUpdate}, and the line saying whether anything changed.
 */
abstract class ProjectEditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "PROJECT", description = "The project.")
  String project;

  /** The change to make to the project's spec (a copy of it). */
  abstract void change(AppProjectSpec projectSpec);

  @Override
  public Integer call() throws IOException {
    ProjectUpdate.Outcome outcome =
        ProjectUpdate.apply(new ProjectsApi(connection.client()), project, this::change);
    spec.commandLine()
        .getOut()
        .println(
            "project '"
                + project
                + "' "
                + (outcome == ProjectUpdate.Outcome.UPDATED ? "updated" : "unchanged"));
    return ExitCodes.OK;
  }
}
