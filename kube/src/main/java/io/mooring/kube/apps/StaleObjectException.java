package io.mooring.kube.apps;

/** The object changed since it was read (HTTP 409 / failed resourceVersion test); read it again. */
public final class StaleObjectException extends Exception {
  private static final long serialVersionUID = 1L;

  public StaleObjectException(String message, Throwable cause) {
    super(message, cause);
  }
}
