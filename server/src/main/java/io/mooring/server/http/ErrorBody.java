package io.mooring.server.http;

/**
 * The JSON shape of every error, as Argo CD's API writes it: {@code error} and {@code message}
 * carry the same text, {@code code} is the gRPC status code.
 */
public record ErrorBody(String error, String message, int code) {
  static ErrorBody of(ErrorCode code, String message) {
    return new ErrorBody(message, message, code.grpcCode());
  }
}
