package io.mooring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.cli.client.ApiClient;
import io.mooring.cli.client.ApplicationsApi;
import io.mooring.cli.client.ClientException;
import io.mooring.cli.client.DiffView;
import io.mooring.cli.client.ManagedResource;
import io.mooring.cli.client.ObjectPrinter;
import io.mooring.cli.client.OutputMode;
import io.mooring.cli.client.ResourceDiff;
import io.mooring.cli.client.TargetComparison;
import io.mooring.kube.cache.ResourceTracking;
import io.mooring.kube.cache.TrackingMethod;
import io.mooring.model.Application;
import io.mooring.source.SourceException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mooring app diff NAME}: what a sync would change, as unified diffs from live to target;
 * the target is the server's (default), a local working copy ({@code --local}) or another revision
 * ({@code --revision}).
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Shows what syncing an Application would change: for each resource that differs, a"
          + " unified diff from the live object to the target (missing and extra resources"
          + " included, hooks left out). Prints nothing when everything is in sync.",
      "The target is what the server renders from Git, or a local working copy (--local), or"
          + " another branch, tag or commit (--revision). Secret values are never shown; with"
          + " --local or --revision only a Secret's keys are compared (the server does not send"
          + " values)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring app diff guestbook",
      "  mooring app diff guestbook --local ./guestbook",
      "  mooring app diff guestbook --revision feature/new-banner",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:in sync",
      "1:out of sync (a diff was printed)",
      "2:error: usage, no such Application, the server refused, or the render failed",
      "3:not logged in or token refused"
    })
public final class AppDiffCommand implements Callable<Integer> {
  private static final int ERROR = 2;

  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(paramLabel = "NAME", description = "The Application.")
  String name;

  @ArgGroup(exclusive = true)
  Target target = new Target();

  @Option(
      names = "--local-repo-root",
      paramLabel = "DIR",
      description =
          "With --local: the working copy's root, for files above DIR the render reads"
              + " (Kustomize bases; default: DIR itself).")
  Path localRepoRoot;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "text (default, the diffs) or json (every resource with modified and diff).")
  OutputMode output = OutputMode.text;

  /** Where the target comes from, besides the server's own comparison. */
  static final class Target {
    @Option(
        names = "--local",
        paramLabel = "DIR",
        description = "Render this directory (the app's source path in a working copy) instead.")
    Path local;

    @Option(
        names = "--revision",
        paramLabel = "REV",
        description = "Compare with the manifests at this branch, tag or commit instead.")
    String revision;
  }

  @Override
  public Integer call() throws IOException {
    if (output == OutputMode.yaml || output == OutputMode.wide) {
      throw new FlagException("--output " + output + ": diff prints text or json");
    }
    Terminal terminal = Terminal.of(spec, new OutputOptions());
    List<ResourceDiff> diffs;
    try {
      diffs = diffs(connection.client());
    } catch (SourceException e) {
      terminal.error("--local " + target.local + ": " + e.getMessage());
      return ERROR;
    } catch (ClientException e) {
      if (e.kind() == ClientException.Kind.NOT_LOGGED_IN
          || e.kind() == ClientException.Kind.UNAUTHENTICATED) {
        throw e;
      }
      terminal.error(e.getMessage());
      return ERROR;
    }
    terminal.print(
        output == OutputMode.json ? ObjectPrinter.print(diffs, output) : DiffView.render(diffs));
    return DiffView.anyModified(diffs) ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private List<ResourceDiff> diffs(ApiClient client) throws IOException, SourceException {
    ApplicationsApi apps = new ApplicationsApi(client);
    List<ManagedResource> managed = apps.managedResources(name);
    if (target.local == null && target.revision == null) {
      return TargetComparison.fromServer(managed);
    }
    Application app = apps.get(name);
    List<ObjectNode> targets = new ArrayList<>();
    if (target.local != null) {
      Path root = localRepoRoot != null ? localRepoRoot : target.local;
      targets.addAll(new LocalRender(target.local, root).render(app));
    } else {
      for (JsonNode object : apps.manifests(name, Optional.of(target.revision)).objects()) {
        if (object instanceof ObjectNode node) {
          targets.add(node);
        }
      }
    }
    return TargetComparison.compare(app, targets, managed, tracking(client));
  }

  /** How the server marks managed objects (its public settings). */
  private static ResourceTracking tracking(ApiClient client) {
    JsonNode settings = client.get("/api/v1/settings");
    String label = settings.path("appLabelKey").asText("");
    return new ResourceTracking(
        TrackingMethod.parse(settings.path("trackingMethod").asText("")),
        label.isBlank() ? ResourceTracking.DEFAULT_LABEL : label);
  }
}
