package io.mooring.cli.client;

import io.mooring.model.OperationState;
import io.mooring.model.ResourceResult;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * An operation's state as {@code app get --show-operation}, {@code app sync} and {@code app
 * rollback} print it: the summary (revision, phase, start, end, duration, message) and a table of
 * the resource results.
 */
public final class OperationView {
  private OperationView() {}

  /** The summary lines of {@code state}. */
  public static String summary(OperationState state, Palette palette) {
    StringBuilder out = new StringBuilder();
    Fields.add(out, "Operation:", "Sync");
    Fields.add(out, "Sync Revision:", revision(state));
    Fields.add(out, "Phase:", palette.status(state.phase));
    Fields.add(out, "Start:", state.startedAt);
    Fields.add(out, "Finished:", state.finishedAt);
    Fields.add(out, "Duration:", duration(state));
    Fields.add(out, "Message:", state.message);
    return out.toString();
  }

  /** The table of resource results (GROUP KIND NAMESPACE NAME STATUS HOOK MESSAGE). */
  public static String results(OperationState state, Palette palette) {
    Table table = new Table("GROUP", "KIND", "NAMESPACE", "NAME", "STATUS", "HOOK", "MESSAGE");
    if (state.syncResult != null && state.syncResult.resources != null) {
      for (ResourceResult result : state.syncResult.resources) {
        boolean hook = result.hookType != null && !result.hookType.isEmpty();
        table.row(
            result.group,
            result.kind,
            result.namespace,
            result.name,
            palette.status(hook ? result.hookPhase : result.status),
            hook ? result.hookType : "",
            result.message);
      }
    }
    return table.render();
  }

  private static String revision(OperationState state) {
    if (state.syncResult != null && state.syncResult.revision != null) {
      return state.syncResult.revision;
    }
    return state.operation == null || state.operation.sync == null
        ? ""
        : state.operation.sync.revision;
  }

  /** Whole seconds from start to end (or to now while running), e.g. {@code 7s}. */
  private static String duration(OperationState state) {
    if (state.startedAt == null) {
      return "";
    }
    try {
      Instant start = Instant.parse(state.startedAt);
      Instant end = state.finishedAt == null ? Instant.now() : Instant.parse(state.finishedAt);
      return Duration.between(start, end).toSeconds() + "s";
    } catch (DateTimeParseException e) {
      return "";
    }
  }
}
