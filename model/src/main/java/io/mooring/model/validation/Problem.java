package io.mooring.model.validation;

/**
 * One thing wrong with a manifest.
 *
 * @param file the file as the user named it
 * @param document the 0-based document index within the file
 * @param path the field path, such as {@code spec.destination.server} ("" for the whole document)
 * @param message what is wrong and what is allowed
 */
public record Problem(String file, int document, String path, String message) {
  /**
   * {@code file: document N: path: message}, the one-line form printed by {@code admin validate}.
   */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "" : path + ": ";
    return file + ": document " + document + ": " + where + message;
  }
}
