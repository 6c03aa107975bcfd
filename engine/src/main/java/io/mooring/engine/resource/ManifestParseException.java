package io.mooring.engine.resource;

/** A manifest file that is not valid YAML or JSON, or holds something other than objects. */
public final class ManifestParseException extends Exception {
  private static final long serialVersionUID = 1L;

  public ManifestParseException(String message, Throwable cause) {
    super(message, cause);
  }

  public ManifestParseException(String message) {
    super(message);
  }
}
