package io.mooring.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.cli.client.ApiClient;
import io.mooring.cli.client.AppFacts;
import io.mooring.cli.client.AppListView;
import io.mooring.cli.client.ObjectPrinter;
import io.mooring.model.Application;
import io.mooring.model.ApplicationSource;
import io.mooring.model.selector.InvalidLabelSelectorException;
import io.mooring.model.selector.LabelSelector;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mooring app list}: the Applications you may see, filtered by project (on the server), and
 * by label selector and repository (sent to the server and applied again here).
 */
@Command(
    name = "list",
    aliases = "ls",
    mixinStandardHelpOptions = true,
    description = "Lists Applications with their sync and health status.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "1:request failed", "3:not logged in or token refused"})
public final class AppListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Option(
      names = {"-p", "--project"},
      paramLabel = "PROJECT",
      split = ",",
      description = "Only Applications in these projects (repeatable, or comma-separated).")
  List<String> projects = new ArrayList<>();

  @Option(
      names = {"-l", "--selector"},
      paramLabel = "SELECTOR",
      description = "Label selector, e.g. team=web,tier!=db.")
  String selector;

  @Option(
      names = {"-r", "--repo"},
      paramLabel = "URL",
      description = "Only Applications with a source from this repository URL.")
  String repo;

  @Override
  public Integer call() throws IOException {
    LabelSelector labels;
    try {
      labels = LabelSelector.parse(selector);
    } catch (InvalidLabelSelectorException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("projects", String.join(",", projects));
    query.put("selector", selector);
    query.put("repo", repo);
    JsonNode answer = connection.client().get(ApiClient.withQuery("/api/v1/applications", query));
    List<Application> apps = new ArrayList<>();
    for (JsonNode item : answer.path("items")) {
      Application app = ApiClient.bind(item, Application.class);
      if (labels.matches(app.metadata == null ? null : app.metadata.labels) && fromRepo(app)) {
        apps.add(app);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        ObjectPrinter.isDocument(output.mode())
            ? ObjectPrinter.print(apps, output.mode())
            : AppListView.render(apps, output.mode(), output.palette()));
    spec.commandLine().getOut().flush(); // print() alone is not flushed before exit
    return ExitCodes.OK;
  }

  private boolean fromRepo(Application app) {
    if (repo == null || repo.isBlank()) {
      return true;
    }
    return AppFacts.sources(app).stream()
        .map((ApplicationSource source) -> source.repoURL)
        .anyMatch(url -> url != null && normalise(url).equals(normalise(repo)));
  }

  private static String normalise(String url) {
    return url.trim().replaceAll("/+$", "").replaceAll("\\.git$", "").toLowerCase();
  }
}
