package io.mooring.engine.health.custom;

/** Custom health configuration that cannot be read: names the file or key and what is wrong. */
public final class HealthCustomizationException extends Exception {
  private static final long serialVersionUID = 1L;

  public HealthCustomizationException(String message) {
    super(message);
  }

  public HealthCustomizationException(String message, Throwable cause) {
    super(message, cause);
  }
}
