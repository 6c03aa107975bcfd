package io.mooring.cli;

import io.mooring.cli.client.ApiClient;
import io.mooring.cli.client.AppDetailView;
import io.mooring.cli.client.ObjectPrinter;
import io.mooring.cli.client.OperationView;
import io.mooring.model.Application;
import io.mooring.model.OperationState;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mooring app get NAME}: one Application's summary, conditions and resources; {@code
 * --refresh}/{@code --hard-refresh} ask the server to compare again first (Argo CD's {@code
 * ?refresh=normal|hard}).
 */
@Command(
    name = "get",
    mixinStandardHelpOptions = true,
    description = "Shows an Application: source, sync and health status, conditions, resources.",
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring app get guestbook",
      "  mooring app get guestbook --hard-refresh -o wide",
      "  mooring app get guestbook --show-operation"
    },
    exitCodeList = {
      "0:shown",
      "1:no such Application, or the request failed",
      "3:not logged in or token refused"
    })
public final class AppGetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;
  @Mixin OutputOptions output;

  @Parameters(paramLabel = "NAME", description = "The Application's name.")
  String name;

  @ArgGroup(exclusive = true)
  Refresh refresh = new Refresh();

  @Option(
      names = "--show-operation",
      description = "Also show the current or last operation (phase, revision, results).")
  boolean showOperation;

  /** At most one kind of refresh. */
  static final class Refresh {
    @Option(names = "--refresh", description = "Compare with the latest manifests first.")
    boolean normal;

    @Option(
        names = "--hard-refresh",
        description = "Regenerate manifests (bypassing the cache) and compare first.")
    boolean hard;

    String value() {
      return hard ? "hard" : normal ? "normal" : null;
    }
  }

  @Override
  public Integer call() throws IOException {
    String path =
        ApiClient.withQuery(
            "/api/v1/applications/" + ApiClient.encode(name),
            refresh.value() == null ? Map.of() : Map.of("refresh", refresh.value()));
    Application app = connection.client().get(path, Application.class);
    spec.commandLine()
        .getOut()
        .print(
            ObjectPrinter.isDocument(output.mode())
                ? ObjectPrinter.print(app, output.mode())
                : showOperation
                    ? withOperation(app)
                    : AppDetailView.render(app, output.mode(), output.palette()));
    spec.commandLine().getOut().flush(); // print() alone is not flushed before exit
    return ExitCodes.OK;
  }

  /** The summary, then the operation (or a line saying there is none), then the resources. */
  private String withOperation(Application app) {
    OperationState state = app.status == null ? null : app.status.operationState;
    String operation =
        state == null
            ? "Operation:          none yet\n"
            : OperationView.summary(state, output.palette())
                + "\n"
                + OperationView.results(state, output.palette());
    return AppDetailView.summary(app, output.palette())
        + "\n"
        + operation
        + "\n"
        + AppDetailView.resources(app, output.mode(), output.palette());
  }
}
