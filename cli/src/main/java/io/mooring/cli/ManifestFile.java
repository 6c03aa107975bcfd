package io.mooring.cli;

import io.mooring.model.ModelCodec;
import io.mooring.model.ModelDocument;
import io.mooring.model.ModelParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the one manifest of a {@code -f FILE} flag, of an expected kind, naming the file on errors.
 */
final class ManifestFile {
  private ManifestFile() {}

  static <T> T read(Path file, String kind, Class<T> type) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FlagException("-f " + file + ": cannot read the file (" + e.getMessage() + ")");
    }
    try {
      List<ModelDocument> documents = ModelCodec.readDocuments(file.toString(), text);
      if (documents.size() != 1) {
        throw new FlagException(
            file
                + ": expected one "
                + kind
                + " manifest, found "
                + documents.size()
                + " documents");
      }
      ModelDocument document = documents.get(0);
      String found = document.tree().path("kind").asText(kind);
      if (!found.equals(kind)) {
        throw new FlagException(file + ": kind is " + found + ", expected " + kind);
      }
      return ModelCodec.bind(document, type);
    } catch (ModelParseException e) {
      throw new FlagException(
          file + (e.path().isEmpty() ? "" : ": " + e.path()) + ": " + e.getMessage());
    }
  }
}
