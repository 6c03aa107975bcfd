package io.mooring.cli;

import io.mooring.cli.client.ApplicationsApi;
import io.mooring.cli.client.ObjectPrinter;
import io.mooring.cli.client.OperationTracking;
import io.mooring.cli.client.Polling;
import io.mooring.cli.client.ResourceSelectors;
import io.mooring.cli.client.SyncRequest;
import io.mooring.cli.client.WaveLookup;
import io.mooring.model.Application;
import io.mooring.model.SyncOperationResource;
import java.io.IOException;
import java.util.ArrayList;
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
 * {@code mooring app sync NAME}: asks the server for a sync (Argo CD's ApplicationSyncRequest) and
 * follows it to its end, one line per resource result, unless {@code --async}.
 */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Syncs an Application to its target state and follows the sync: a line per resource result"
          + " as it changes (phase, wave, resource, result, message), then the outcome."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring app sync guestbook",
      "  mooring app sync guestbook --prune --timeout 300",
      "  mooring app sync guestbook --resource :Service:web",
      "  mooring app sync guestbook --resource apps:Deployment:shop/web --dry-run",
      "  mooring app sync guestbook --revision v1.2.0 --async"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the sync Succeeded (or, with --async, was requested)",
      "1:the sync Failed or ended in Error, the timeout passed, or the server refused it",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class AppSyncCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "NAME", description = "The Application to sync.")
  String name;

  @Option(names = "--prune", description = "Delete resources that Git no longer has.")
  boolean prune;

  @Option(names = "--dry-run", description = "Plan and validate only; change nothing.")
  boolean dryRun;

  @Option(
      names = "--resource",
      paramLabel = "GROUP:KIND:NAME",
      description =
          "Sync only this resource (repeatable): GROUP:KIND:NAME or GROUP:KIND:NAMESPACE/NAME,"
              + " the group empty for core kinds (:Service:web).")
  List<String> resources = new ArrayList<>();

  @Option(
      names = "--revision",
      paramLabel = "REV",
      description = "Sync to this branch, tag or commit instead of the target revision.")
  String revision;

  @Option(
      names = "--force",
      description =
          "Delete and re-create resources that cannot be patched (sync option Force=true).")
  boolean force;

  @Option(
      names = "--apply-out-of-sync-only",
      description = "Apply only resources that are out of sync (ApplyOutOfSyncOnly=true).")
  boolean applyOutOfSyncOnly;

  @Option(names = "--server-side", description = "Use server-side apply (ServerSideApply=true).")
  boolean serverSide;

  @Option(names = "--replace", description = "Replace instead of apply (Replace=true).")
  boolean replace;

  @Option(names = "--async", description = "Request the sync and return; do not follow it.")
  boolean async;

  @Mixin FollowOptions follow;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Polling.Settings settings = follow.settings();
    SyncRequest request = request();
    Terminal terminal = Terminal.of(spec, output);
    ApplicationsApi apps = new ApplicationsApi(connection.client());
    Application before = apps.get(name);
    boolean following = !async && !ObjectPrinter.isDocument(output.mode());
    WaveLookup waves = following ? Waves.of(apps, before, request.revision()) : WaveLookup.none();
    Application requested = apps.sync(name, request);
    if (async) {
      if (ObjectPrinter.isDocument(output.mode())) {
        terminal.print(ObjectPrinter.print(requested, output.mode()));
      } else {
        terminal.println("sync of '" + name + "' requested");
      }
      return ExitCodes.OK;
    }
    if (following) {
      terminal.println("Syncing '" + name + "' to " + target(before) + " ...");
    }
    return new OperationFollower(apps, terminal, Polling.Ticker.system())
        .follow(
            new OperationFollower.Request(
                name, "sync", OperationTracking.after(before), waves, settings));
  }

  private SyncRequest request() {
    EnumSet<SyncRequest.Flag> flags = EnumSet.noneOf(SyncRequest.Flag.class);
    if (prune) {
      flags.add(SyncRequest.Flag.PRUNE);
    }
    if (dryRun) {
      flags.add(SyncRequest.Flag.DRY_RUN);
    }
    List<SyncOperationResource> selected = new ArrayList<>();
    for (String resource : resources) {
      try {
        selected.add(ResourceSelectors.parse(resource));
      } catch (IllegalArgumentException e) {
        throw new FlagException(e.getMessage());
      }
    }
    List<String> options = new ArrayList<>();
    if (force) {
      options.add("Force=true");
    }
    if (applyOutOfSyncOnly) {
      options.add("ApplyOutOfSyncOnly=true");
    }
    if (serverSide) {
      options.add("ServerSideApply=true");
    }
    if (replace) {
      options.add("Replace=true");
    }
    return new SyncRequest(
        Optional.ofNullable(revision).filter(r -> !r.isBlank()), flags, selected, options);
  }

  private String target(Application app) {
    if (revision != null && !revision.isBlank()) {
      return revision;
    }
    String target =
        app.spec == null || app.spec.source == null ? null : app.spec.source.targetRevision;
    return target == null || target.isBlank() ? "HEAD" : target;
  }
}
