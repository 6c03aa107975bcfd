package io.mooring.demo;

/** The demo cannot start as asked; the message says what to change (a port, the data dir). */
public final class DemoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DemoException(String message) {
    super(message);
  }

  public DemoException(String message, Throwable cause) {
    super(message, cause);
  }
}
