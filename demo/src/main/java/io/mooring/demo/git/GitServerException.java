package io.mooring.demo.git;

/** The demo's Git server could not start or serve. */
public final class GitServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GitServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
