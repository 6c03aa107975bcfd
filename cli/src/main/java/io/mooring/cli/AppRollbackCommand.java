package io.mooring.cli;

import io.mooring.cli.client.ApplicationsApi;
import io.mooring.cli.client.HistoryView;
import io.mooring.cli.client.ObjectPrinter;
import io.mooring.cli.client.OperationTracking;
import io.mooring.cli.client.Polling;
import io.mooring.cli.client.RollbackRequest;
import io.mooring.cli.client.SyncRequest;
import io.mooring.cli.client.WaveLookup;
import io.mooring.model.Application;
import io.mooring.model.RevisionHistory;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mooring app rollback NAME [ID]}: syncs back to a history entry (default: the one before
 * the last) and follows the sync; the server refuses while automated sync is on.
 */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Rolls an Application back to an earlier deployment (an ID of `mooring app history`;"
          + " default: the one before the last) and follows the sync as `app sync` does.",
      "Refused while automated sync is on: turn it off first (mooring app set NAME"
          + " --sync-policy none)."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  mooring app rollback guestbook", "  mooring app rollback guestbook 0 --prune"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the rollback Succeeded",
      "1:refused by the server, Failed, ended in Error, or the timeout passed",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class AppRollbackCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "NAME", description = "The Application.")
  String name;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "ID",
      description = "The history id to roll back to (default: the deployment before the last).")
  Long id;

  @Option(names = "--prune", description = "Delete resources the earlier deployment did not have.")
  boolean prune;

  @Option(names = "--dry-run", description = "Plan and validate only; change nothing.")
  boolean dryRun;

  @Mixin FollowOptions follow;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Polling.Settings settings = follow.settings();
    Terminal terminal = Terminal.of(spec, output);
    ApplicationsApi apps = new ApplicationsApi(connection.client());
    Application before = apps.get(name);
    List<RevisionHistory> history = HistoryView.entries(before);
    if (id == null && history.size() < 2) {
      terminal.error(
          "application '"
              + name
              + "' has no earlier deployment to roll back to ("
              + history.size()
              + " in its history)");
      return ExitCodes.FAILURE;
    }
    long targetId = id != null ? id : history.get(history.size() - 2).id;
    Optional<String> revision =
        history.stream()
            .filter(entry -> entry.id != null && entry.id == targetId)
            .map(entry -> entry.revision)
            .findFirst();
    EnumSet<SyncRequest.Flag> flags = EnumSet.noneOf(SyncRequest.Flag.class);
    if (prune) {
      flags.add(SyncRequest.Flag.PRUNE);
    }
    if (dryRun) {
      flags.add(SyncRequest.Flag.DRY_RUN);
    }
    boolean human = !ObjectPrinter.isDocument(output.mode());
    WaveLookup waves = human ? Waves.of(apps, before, revision) : WaveLookup.none();
    apps.rollback(name, new RollbackRequest(targetId, flags));
    if (human) {
      terminal.println(
          "Rolling '"
              + name
              + "' back to deployment "
              + targetId
              + revision.map(r -> " (" + r + ")").orElse("")
              + " ...");
    }
    return new OperationFollower(apps, terminal, Polling.Ticker.system())
        .follow(
            new OperationFollower.Request(
                name, "rollback", OperationTracking.after(before), waves, settings));
  }
}
