package io.mooring.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP answers: {@link ApiException}s keep their status and
 * message; Javalin's own errors keep their status; anything else is a {@code 500} whose message
 * names no internals (the stack trace goes to the log only).
 */
public final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  /** Writes the JSON error for {@code failure} to {@code ctx}. */
  public static void handle(Exception failure, Context ctx) {
    ApiException error = toApiException(failure);
    if (error.code() == ErrorCode.INTERNAL) {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), failure);
    }
    error
        .retryAfter()
        .ifPresent(wait -> ctx.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds()))));
    Json.write(ctx, error.code().httpStatus(), ErrorBody.of(error.code(), error.getMessage()));
  }

  /** The API error {@code failure} is answered with. */
  public static ApiException toApiException(Exception failure) {
    if (failure instanceof ApiException api) {
      return api;
    }
    if (failure instanceof HttpResponseException http) {
      return new ApiException(
          codeFor(http.getStatus()).orElse(ErrorCode.INTERNAL), http.getMessage());
    }
    return new ApiException(ErrorCode.INTERNAL, "internal error");
  }

  private static Optional<ErrorCode> codeFor(int status) {
    for (ErrorCode code : ErrorCode.values()) {
      if (code.httpStatus() == status) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }
}
