package io.mooring.server.api;

import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import io.mooring.server.catalog.ApplicationWriter;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.ErrorCode;
import java.util.function.UnaryOperator;

/**
 * Read-modify-write of one Application that holds up while others write it too (the controller
 * writes status all the time): reads the stored app afresh, applies the change to a copy and writes
 * it at the version read; when the write finds the app changed meanwhile, it starts again from a
 * fresh read, a few times, with a short growing pause. A change refuses by throwing its own {@link
 * ApiException}, which is never retried.
 */
final class ApplicationUpdates {
  static final int ATTEMPTS = 6;
  private static final long FIRST_PAUSE_MILLIS = 10;

  private final ApplicationWriter writer;

  ApplicationUpdates(ApplicationWriter writer) {
    this.writer = writer;
  }

  /** Changes metadata, spec or operation ({@link ApplicationWriter#update}). */
  Application update(String name, UnaryOperator<Application> change) {
    return write(name, change, writer::update);
  }

  /** Changes the status ({@link ApplicationWriter#updateStatus}). */
  Application updateStatus(String name, UnaryOperator<Application> change) {
    return write(name, change, writer::updateStatus);
  }

  private Application write(
      String name, UnaryOperator<Application> change, UnaryOperator<Application> store) {
    for (int attempt = 1; ; attempt++) {
      Application current =
          writer
              .current(name)
              .orElseThrow(() -> ApiException.notFound("application '" + name + "' not found"));
      Application changed = change.apply(ModelCodec.copy(current));
      try {
        return store.apply(changed);
      } catch (ApiException e) {
        if (e.code() != ErrorCode.ALREADY_EXISTS || attempt == ATTEMPTS) {
          throw e;
        }
      }
      pause(attempt);
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(FIRST_PAUSE_MILLIS << (attempt - 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(ErrorCode.UNAVAILABLE, "interrupted while retrying a write");
    }
  }
}
