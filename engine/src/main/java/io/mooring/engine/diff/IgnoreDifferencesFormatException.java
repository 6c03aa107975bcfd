package io.mooring.engine.diff;

/**
 * An ignoreDifferences list that cannot be read: bad YAML, a wrong field, an invalid expression.
 */
public final class IgnoreDifferencesFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public IgnoreDifferencesFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  public IgnoreDifferencesFormatException(String message) {
    super(message);
  }
}
