package io.mooring.cli;

import io.mooring.cli.client.ClientException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where an exception escaping a command becomes an exit code and a message. Commands
 * report expected problems themselves; anything reaching here is unexpected and exits 1 with a
 * one-line message (set MOORING_DEBUG=1 for the stack trace).
 */
final class ErrorExitHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    cmd.getErr().println("error: " + message);
    if (System.getenv("MOORING_DEBUG") != null) {
      ex.printStackTrace(cmd.getErr());
    }
    return exitCode(ex);
  }

  /** 2 for an unusable flag, 3 for a missing or refused login, 1 for everything else. */
  static int exitCode(Exception ex) {
    if (ex instanceof FlagException) {
      return ExitCodes.USAGE;
    }
    if (ex instanceof ClientException client) {
      return switch (client.kind()) {
        case NOT_LOGGED_IN, UNAUTHENTICATED -> ExitCodes.UNAUTHORIZED;
        case UNREACHABLE, API_ERROR -> ExitCodes.FAILURE;
      };
    }
    return ExitCodes.FAILURE;
  }
}
