package io.mooring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.cli.client.ApplicationsApi;
import io.mooring.cli.client.ManagedResource;
import io.mooring.model.ModelCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring app manifests NAME}: the manifests rendered from Git, as YAML documents. */
@Command(
    name = "manifests",
    mixinStandardHelpOptions = true,
    description = {
      "Prints an Application's manifests as YAML documents separated by ---: those its source"
          + " renders to (--source git, the default), or the live objects it manages (--source"
          + " live; Secret values masked)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring app manifests guestbook",
      "  mooring app manifests guestbook --revision v1",
      "  mooring app manifests guestbook --source live"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed",
      "1:no such Application, or the source could not be rendered (the server says why)",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class AppManifestsCommand implements Callable<Integer> {
  /** Where the manifests come from. */
  enum Source {
    git,
    live
  }

  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(paramLabel = "NAME", description = "The Application.")
  String name;

  @Option(
      names = "--source",
      paramLabel = "SOURCE",
      description = "Where from: git (default, rendered from the source) or live (the cluster).")
  Source source = Source.git;

  @Option(
      names = "--revision",
      paramLabel = "REV",
      description = "Render at this branch, tag or commit instead of the target revision.")
  String revision;

  @Override
  public Integer call() throws IOException {
    ApplicationsApi apps = new ApplicationsApi(connection.client());
    List<JsonNode> objects = new ArrayList<>();
    if (source == Source.live) {
      if (revision != null) {
        throw new FlagException("--revision: live manifests have no revision; use --source git");
      }
      for (ManagedResource resource : apps.managedResources(name)) {
        if (resource.live() != null) {
          objects.add(resource.live());
        }
      }
    } else {
      objects.addAll(
          apps.manifests(name, Optional.ofNullable(revision).filter(r -> !r.isBlank())).objects());
    }
    StringBuilder out = new StringBuilder();
    for (JsonNode object : objects) {
      out.append("---\n").append(ModelCodec.toYaml(object));
    }
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
