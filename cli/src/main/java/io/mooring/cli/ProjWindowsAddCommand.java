package io.mooring.cli;

import io.mooring.cli.client.ProjectEdits;
import io.mooring.model.AppProjectSpec;
import io.mooring.model.SyncWindow;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mooring proj windows add PROJECT --kind --schedule --duration ...}. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Adds a sync window: from each time the cron SCHEDULE fires, for DURATION, syncs of the"
            + " matching Applications are allowed (allow) or refused (deny).",
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring proj windows add shop --kind deny --schedule '0 22 * * *' --duration 8h \\",
      "      --applications '*' --manual-sync",
      "  mooring proj windows add shop --kind allow --schedule '0 9 * * 1-5' --duration 9h \\",
      "      --namespaces 'shop-*' --time-zone Europe/Paris"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:added",
      "1:no such project, or the server refused the window (its message says why)",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ProjWindowsAddCommand extends ProjectEditCommand {
  /** Whether the window allows or denies syncs. */
  enum Kind {
    allow,
    deny
  }

  @Option(
      names = {"-k", "--kind"},
      required = true,
      paramLabel = "KIND",
      description = "allow or deny.")
  Kind kind;

  @Option(
      names = "--schedule",
      required = true,
      paramLabel = "CRON",
      description = "When the window opens, as a cron expression (e.g. '0 22 * * *').")
  String schedule;

  @Option(
      names = "--duration",
      required = true,
      paramLabel = "DURATION",
      description = "How long it stays open (e.g. 30m, 1h, 8h).")
  String duration;

  @Option(
      names = "--applications",
      paramLabel = "GLOB",
      split = ",",
      description = "Applications it applies to (repeatable or comma-separated).")
  List<String> applications = new ArrayList<>();

  @Option(
      names = "--namespaces",
      paramLabel = "GLOB",
      split = ",",
      description = "Destination namespaces it applies to.")
  List<String> namespaces = new ArrayList<>();

  @Option(
      names = "--clusters",
      paramLabel = "GLOB",
      split = ",",
      description = "Destination clusters (servers) it applies to.")
  List<String> clusters = new ArrayList<>();

  @Option(names = "--manual-sync", description = "Allow manual syncs even while it denies.")
  boolean manualSync;

  @Option(
      names = "--time-zone",
      paramLabel = "ZONE",
      description = "Time zone of the schedule (default UTC).")
  String timeZone;

  @Override
  void change(AppProjectSpec projectSpec) {
    if (applications.isEmpty() && namespaces.isEmpty() && clusters.isEmpty()) {
      throw new FlagException(
          "a window must match something: give --applications, --namespaces or --clusters");
    }
    SyncWindow window = new SyncWindow();
    window.kind = kind.name();
    window.schedule = schedule;
    window.duration = duration;
    window.applications = applications.isEmpty() ? null : applications;
    window.namespaces = namespaces.isEmpty() ? null : namespaces;
    window.clusters = clusters.isEmpty() ? null : clusters;
    window.manualSync = manualSync ? Boolean.TRUE : null;
    window.timeZone = timeZone;
    ProjectEdits.addWindow(projectSpec, window);
  }
}
