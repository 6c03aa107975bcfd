package io.mooring.server.http;

import java.time.Duration;
import java.util.Optional;

/** An error a handler answers with: its kind and a message safe to show the caller. */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;
  private final transient Duration retryAfter;

  public ApiException(ErrorCode code, String message) {
    this(code, message, null);
  }

  private ApiException(ErrorCode code, String message, Duration retryAfter) {
    super(message);
    this.code = code;
    this.retryAfter = retryAfter;
  }

  /** The kind of error. */
  public ErrorCode code() {
    return code;
  }

  /** How long the caller should wait before trying again, for {@code 429}. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** 400: the request is malformed or a field is invalid. */
  public static ApiException invalid(String message) {
    return new ApiException(ErrorCode.INVALID_ARGUMENT, message);
  }

  /** 401: no valid credentials. */
  public static ApiException unauthenticated(String message) {
    return new ApiException(ErrorCode.UNAUTHENTICATED, message);
  }

  /** 403: the caller is known but not allowed. */
  public static ApiException denied(String message) {
    return new ApiException(ErrorCode.PERMISSION_DENIED, message);
  }

  /** 404: the object does not exist. */
  public static ApiException notFound(String message) {
    return new ApiException(ErrorCode.NOT_FOUND, message);
  }

  /** 409: the object exists already or changed meanwhile. */
  public static ApiException conflict(String message) {
    return new ApiException(ErrorCode.ALREADY_EXISTS, message);
  }

  /** 422: the request is well-formed but cannot be carried out in the current state. */
  public static ApiException unprocessable(String message) {
    return new ApiException(ErrorCode.FAILED_PRECONDITION, message);
  }

  /** 429: too many attempts; try again after {@code retryAfter}. */
  public static ApiException tooManyRequests(String message, Duration retryAfter) {
    return new ApiException(ErrorCode.TOO_MANY_REQUESTS, message, retryAfter);
  }

  /** 413: the request body is larger than allowed. */
  public static ApiException tooLarge(String message) {
    return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, message);
  }
}
