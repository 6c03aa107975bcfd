package io.mooring.cli.client;

/** A project change that cannot be made as asked; the message says what and why. */
public final class ProjectEditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ProjectEditException(String message) {
    super(message);
  }
}
