package io.mooring.sandbox.api;

/** A request the sandbox refuses, carried to the edge and answered as a Kubernetes Status. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int code;
  private final String reason;

  public ApiException(int code, String reason, String message) {
    super(message);
    this.code = code;
    this.reason = reason;
  }

  public int code() {
    return code;
  }

  public String reason() {
    return reason;
  }

  public static ApiException notFound(ApiPath path) {
    String what = path.resource() + (path.subresource() == null ? "" : "/" + path.subresource());
    return new ApiException(404, "NotFound", what + " \"" + path.name() + "\" not found");
  }
}
