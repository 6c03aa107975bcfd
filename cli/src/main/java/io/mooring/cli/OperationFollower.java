package io.mooring.cli;

import io.mooring.cli.client.ApplicationsApi;
import io.mooring.cli.client.ObjectPrinter;
import io.mooring.cli.client.OperationProgress;
import io.mooring.cli.client.OperationTracking;
import io.mooring.cli.client.OperationView;
import io.mooring.cli.client.Polling;
import io.mooring.cli.client.WaveLookup;
import io.mooring.model.Application;
import io.mooring.model.OperationState;

/**
 * Follows a requested sync or rollback by polling the Application: prints a line per resource
 * result as it changes, then the operation's summary and results; the exit code is 0 when it
 * Succeeded, 1 when it Failed, ended in Error or the timeout passed.
 */
final class OperationFollower {
  private final ApplicationsApi apps;
  private final Terminal terminal;
  private final Polling.Ticker ticker;

  /**
   * What to follow.
   *
   * @param name the Application
   * @param what "sync" or "rollback", for messages
   * @param tracking tells the requested operation from earlier ones
   * @param waves the waves to show on progress lines
   * @param settings the timeout and poll interval
   */
  record Request(
      String name,
      String what,
      OperationTracking tracking,
      WaveLookup waves,
      Polling.Settings settings) {}

  OperationFollower(ApplicationsApi apps, Terminal terminal, Polling.Ticker ticker) {
    this.apps = apps;
    this.terminal = terminal;
    this.ticker = ticker;
  }

  int follow(Request request) throws InterruptedException {
    boolean human = !ObjectPrinter.isDocument(terminal.mode());
    OperationProgress progress = new OperationProgress(request.waves(), terminal.palette());
    Polling.Result<Application> result =
        new Polling(request.settings(), ticker)
            .until(
                new Polling.Poll<>(
                    () -> apps.get(request.name()),
                    app -> {
                      if (human) {
                        progress
                            .linesFor(request.tracking().stateIn(app))
                            .forEach(terminal::println);
                      }
                    },
                    request.tracking()::hasEnded));
    Application app = result.last();
    OperationState state = request.tracking().stateIn(app);
    if (result.ending() == Polling.Ending.TIMED_OUT) {
      terminal.error(
          "timed out after "
              + request.settings().timeout().toSeconds()
              + "s waiting for the "
              + request.what()
              + " of '"
              + request.name()
              + "' to end ("
              + (state == null
                  ? "the controller has not started it yet"
                  : "phase " + state.phase + ": " + state.message)
              + ")");
      return ExitCodes.FAILURE;
    }
    if (human) {
      terminal.print(
          "\n"
              + OperationView.summary(state, terminal.palette())
              + "\n"
              + OperationView.results(state, terminal.palette()));
    } else {
      terminal.print(ObjectPrinter.print(app, terminal.mode()));
    }
    if ("Succeeded".equals(state.phase)) {
      return ExitCodes.OK;
    }
    terminal.error(
        "the "
            + request.what()
            + " of '"
            + request.name()
            + "' ended "
            + state.phase
            + ": "
            + state.message);
    return ExitCodes.FAILURE;
  }
}
