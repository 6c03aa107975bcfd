package io.mooring.cli;

import io.mooring.cli.client.AppDetailView;
import io.mooring.cli.client.ApplicationsApi;
import io.mooring.cli.client.ObjectPrinter;
import io.mooring.cli.client.Polling;
import io.mooring.cli.client.WaitConditions;
import io.mooring.cli.client.WaitConditions.Condition;
import io.mooring.model.Application;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mooring app wait NAME}: waits until the conditions asked for hold, as argocd does. */
@Command(
    name = "wait",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Waits until an Application is in the state asked for, then prints it. Without a"
          + " condition flag: synced, healthy and no operation in progress. --health,"
          + " --suspended and --degraded are alternatives (any of them will do)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring app wait guestbook",
      "  mooring app wait guestbook --health --timeout 120",
      "  mooring app wait guestbook --operation"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every condition held",
      "1:the timeout passed (the conditions that did not hold are named), or a request failed",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class AppWaitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "NAME", description = "The Application to wait for.")
  String name;

  @Option(names = "--sync", description = "Wait until it is Synced.")
  boolean sync;

  @Option(names = "--health", description = "Wait until it is Healthy.")
  boolean health;

  @Option(names = "--operation", description = "Wait until no operation is in progress.")
  boolean operation;

  @Option(names = "--suspended", description = "Wait until it is Suspended.")
  boolean suspended;

  @Option(names = "--degraded", description = "Wait until it is Degraded.")
  boolean degraded;

  @Mixin FollowOptions follow;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Polling.Settings settings = follow.settings();
    WaitConditions conditions = WaitConditions.of(conditions());
    Terminal terminal = Terminal.of(spec, output);
    ApplicationsApi apps = new ApplicationsApi(connection.client());
    Polling.Result<Application> result =
        new Polling(settings, Polling.Ticker.system())
            .until(
                new Polling.Poll<>(
                    () -> apps.get(name), app -> {}, app -> conditions.unmet(app).isEmpty()));
    Application app = result.last();
    if (result.ending() == Polling.Ending.TIMED_OUT) {
      List<String> unmet = conditions.unmet(app);
      terminal.error(
          "timed out after "
              + settings.timeout().toSeconds()
              + "s waiting for '"
              + name
              + "': "
              + String.join("; ", unmet));
      return ExitCodes.FAILURE;
    }
    terminal.print(
        ObjectPrinter.isDocument(output.mode())
            ? ObjectPrinter.print(app, output.mode())
            : AppDetailView.render(app, output.mode(), output.palette()));
    return ExitCodes.OK;
  }

  private EnumSet<Condition> conditions() {
    EnumSet<Condition> given = EnumSet.noneOf(Condition.class);
    if (sync) {
      given.add(Condition.SYNC);
    }
    if (health) {
      given.add(Condition.HEALTH);
    }
    if (operation) {
      given.add(Condition.OPERATION);
    }
    if (suspended) {
      given.add(Condition.SUSPENDED);
    }
    if (degraded) {
      given.add(Condition.DEGRADED);
    }
    return given;
  }
}
