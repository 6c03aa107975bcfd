package io.mooring.cli.client;

/** A request to the API server that could not be made or was refused, with what to do next. */
public final class ClientException extends RuntimeException {
  /** What went wrong; decides the exit code. */
  public enum Kind {
    /** No context or no token: the user must log in. */
    NOT_LOGGED_IN,
    /** The server refused the credentials (401). */
    UNAUTHENTICATED,
    /** The server could not be reached at all. */
    UNREACHABLE,
    /** The server answered with an error. */
    API_ERROR
  }

  private final Kind kind;
  private final int status;

  private ClientException(Kind kind, int status, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
  }

  /** No usable context. */
  public static ClientException notLoggedIn(String detail) {
    return new ClientException(
        Kind.NOT_LOGGED_IN, 0, "not logged in" + detail + ": run `mooring login SERVER`", null);
  }

  /** 401 from {@code server}. */
  public static ClientException unauthenticated(String server, String serverMessage) {
    return new ClientException(
        Kind.UNAUTHENTICATED,
        401,
        serverMessage + ": run `mooring login " + server + "` to log in again",
        null);
  }

  /** Connection refused, unknown host, TLS failure, timeout. */
  public static ClientException unreachable(String url, Throwable cause) {
    String reason =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new ClientException(
        Kind.UNREACHABLE,
        0,
        "cannot reach the server at " + url + " (" + reason + ")" + hint(cause),
        cause);
  }

  /** Any other error status; {@code message} is the server's own. */
  public static ClientException apiError(int status, String message) {
    return new ClientException(Kind.API_ERROR, status, message, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status, or 0 when there was no response. */
  public int status() {
    return status;
  }

  private static String hint(Throwable cause) {
    if (cause instanceof javax.net.ssl.SSLException) {
      return "; for plain HTTP log in with --plaintext, for a self-signed certificate with --insecure";
    }
    return "; is it running, and is the address right?";
  }
}
