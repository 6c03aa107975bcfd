package io.mooring.server.http;

/**
 * The kinds of error the API answers with: each has its HTTP status and the gRPC code Argo CD puts
 * in the {@code code} field of its JSON errors, so existing clients read them unchanged.
 */
public enum ErrorCode {
  INVALID_ARGUMENT(400, 3),
  UNAUTHENTICATED(401, 16),
  PERMISSION_DENIED(403, 7),
  NOT_FOUND(404, 5),
  ALREADY_EXISTS(409, 6),
  PAYLOAD_TOO_LARGE(413, 8),
  FAILED_PRECONDITION(422, 9),
  TOO_MANY_REQUESTS(429, 8),
  INTERNAL(500, 13),
  UNAVAILABLE(503, 14);

  private final int httpStatus;
  private final int grpcCode;

  ErrorCode(int httpStatus, int grpcCode) {
    this.httpStatus = httpStatus;
    this.grpcCode = grpcCode;
  }

  /** The HTTP status sent with this error. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The gRPC status code Argo CD reports for this kind of error. */
  public int grpcCode() {
    return grpcCode;
  }
}
