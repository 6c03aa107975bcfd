package io.mooring.cli;

import io.mooring.cli.client.ApplicationsApi;
import io.mooring.cli.client.Polling;
import io.mooring.model.Application;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mooring app delete NAME}: deletes an Application, by default with its resources (the
 * controller deletes them first, through the resources finalizer).
 */
@Command(
    name = "delete",
    aliases = "rm",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Deletes an Application. With --cascade (the default) its resources are deleted first;"
          + " --cascade=false leaves them in the cluster.",
      "Asks for confirmation on a terminal; elsewhere --yes is required."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring app delete guestbook",
      "  mooring app delete guestbook --yes --wait",
      "  mooring app delete guestbook --cascade=false -y"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:deleted (or deletion requested), or not confirmed",
      "1:refused by the server, or --wait timed out",
      "2:usage error, or no --yes without a terminal",
      "3:not logged in or token refused"
    })
public final class AppDeleteCommand implements Callable<Integer> {
  /** How Kubernetes deletes the resources' dependents. */
  enum Propagation {
    foreground,
    background
  }

  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(paramLabel = "NAME", description = "The Application.")
  String name;

  @Option(
      names = "--cascade",
      arity = "0..1",
      fallbackValue = "true",
      paramLabel = "BOOL",
      description = "Delete the app's resources too (default: ${DEFAULT-VALUE}).")
  boolean cascade = true;

  @Option(
      names = {"-p", "--propagation-policy"},
      paramLabel = "POLICY",
      description = "foreground (default) or background.")
  Propagation propagation = Propagation.foreground;

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation.")
  boolean yes;

  @Option(names = "--wait", description = "Wait until the Application is gone.")
  boolean await;

  @Mixin FollowOptions follow;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Polling.Settings settings = follow.settings();
    if (!yes) {
      if (!Confirmation.possible()) {
        throw new FlagException(
            "not deleting '" + name + "' without confirmation: add --yes (no terminal to ask on)");
      }
      String what = cascade ? "'" + name + "' and all its resources" : "'" + name + "'";
      if (!Confirmation.ask("Are you sure you want to delete " + what + "?")) {
        spec.commandLine().getOut().println("application '" + name + "' not deleted");
        return ExitCodes.OK;
      }
    }
    ApplicationsApi apps = new ApplicationsApi(connection.client());
    apps.delete(name, new ApplicationsApi.DeleteRequest(cascade, propagation.name()));
    if (!await) {
      spec.commandLine().getOut().println("application '" + name + "' deletion requested");
      return ExitCodes.OK;
    }
    Polling.Result<Optional<Application>> gone =
        new Polling(settings, Polling.Ticker.system())
            .until(new Polling.Poll<>(() -> apps.find(name), app -> {}, Optional::isEmpty));
    if (gone.ending() == Polling.Ending.TIMED_OUT) {
      spec.commandLine()
          .getErr()
          .println(
              "error: timed out after "
                  + settings.timeout().toSeconds()
                  + "s waiting for '"
                  + name
                  + "' to be deleted");
      return ExitCodes.FAILURE;
    }
    spec.commandLine().getOut().println("application '" + name + "' deleted");
    return ExitCodes.OK;
  }
}
