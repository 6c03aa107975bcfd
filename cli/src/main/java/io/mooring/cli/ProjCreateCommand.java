package io.mooring.cli;

import io.mooring.cli.client.ProjectEdits;
import io.mooring.cli.client.ProjectsApi;
import io.mooring.model.AppProject;
import io.mooring.model.AppProjectSpec;
import io.mooring.model.ModelCodec;
import io.mooring.model.ObjectMeta;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mooring proj create [NAME]}: an AppProject from {@code -f FILE} and/or argocd's flags
 * (sources and destinations from flags are added to the file's).
 */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Creates an AppProject from a manifest (-f) and/or flags.",
      "The server checks it and names the field when something is wrong."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring proj create shop --description 'the shop team' \\",
      "      --src https://git.example.com/shop/* --dest https://kubernetes.default.svc,shop-*",
      "  mooring proj create -f shop-project.yaml --upsert"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:created, updated or unchanged",
      "1:refused by the server (its message names the field)",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ProjCreateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(
      paramLabel = "NAME",
      arity = "0..1",
      description = "The project's name (default: metadata.name of the file).")
  String name;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "An AppProject manifest (YAML or JSON).")
  Path file;

  @Option(
      names = {"-s", "--src"},
      paramLabel = "URL",
      description = "A permitted source repository URL or glob (repeatable).")
  List<String> sources = new ArrayList<>();

  @Option(
      names = {"-d", "--dest"},
      paramLabel = "SERVER,NAMESPACE",
      description = "A permitted destination (repeatable), globs allowed in both parts.")
  List<String> destinations = new ArrayList<>();

  @Option(names = "--description", paramLabel = "TEXT", description = "What the project is for.")
  String description;

  @Option(
      names = "--upsert",
      description = "Replace an existing project of that name that differs.")
  boolean upsert;

  @Override
  public Integer call() throws IOException {
    AppProject project =
        file == null ? new AppProject() : ManifestFile.read(file, "AppProject", AppProject.class);
    project.apiVersion = Objects.requireNonNullElse(project.apiVersion, "argoproj.io/v1alpha1");
    project.kind = Objects.requireNonNullElse(project.kind, "AppProject");
    if (project.metadata == null) {
      project.metadata = new ObjectMeta();
    }
    if (name != null) {
      project.metadata.name = name;
    }
    if (project.metadata.name == null || project.metadata.name.isBlank()) {
      throw new FlagException("give the project's NAME, or -f FILE with metadata.name");
    }
    if (project.spec == null) {
      project.spec = new AppProjectSpec();
    }
    applyFlags(project.spec);
    project.status = null;
    ProjectsApi projects = new ProjectsApi(connection.client());
    Optional<AppProject> before = find(projects, project.metadata.name);
    AppProject created = projects.create(project, upsert);
    String outcome =
        before.isEmpty()
            ? "created"
            : ModelCodec.toTree(before.get().spec).equals(ModelCodec.toTree(created.spec))
                ? "unchanged"
                : "updated";
    spec.commandLine().getOut().println("project '" + created.metadata.name + "' " + outcome);
    return ExitCodes.OK;
  }

  private void applyFlags(AppProjectSpec projectSpec) {
    for (String source : sources) {
      ProjectEdits.addSource(projectSpec, source);
    }
    for (String destination : destinations) {
      ProjectEdits.addDestination(projectSpec, Destinations.parse(destination));
    }
    if (description != null) {
      projectSpec.description = description;
    }
  }

  private static Optional<AppProject> find(ProjectsApi projects, String name) {
    try {
      return Optional.of(projects.get(name));
    } catch (io.mooring.cli.client.ClientException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
