package io.mooring.model;

/**
 * Text that is not valid YAML or JSON, or a document that cannot be bound to its type. The message
 * names the file, the document and, where known, the line and column or the field path.
 */
public final class ModelParseException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final int document;
  private final String path;

  public ModelParseException(
      String source, int document, String path, String message, Throwable cause) {
    super(message, cause);
    this.source = source;
    this.document = document;
    this.path = path;
  }

  /** The file as the caller named it. */
  public String source() {
    return source;
  }

  /** The 0-based document index within the file. */
  public int document() {
    return document;
  }

  /** The field path the problem is at ("" when the whole document is unreadable). */
  public String path() {
    return path;
  }
}
