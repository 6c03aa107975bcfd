package io.mooring.source.render;

import io.mooring.engine.resource.ManifestDocument;
import io.mooring.engine.resource.ManifestParseException;
import io.mooring.engine.resource.ManifestReader;
import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import java.util.List;

/**
 * Parses rendered or committed YAML into objects and insists that each has an apiVersion and a
 * kind. YAML alias bombs are refused by the parser's alias limit.
 */
final class ManifestParsing {
  private ManifestParsing() {}

  /** The objects in {@code text}; {@code source} names the file or tool in errors. */
  static List<ManifestDocument> parse(String source, String text) throws SourceException {
    YamlAliasGuard.check(source, text);
    List<ManifestDocument> documents;
    try {
      documents = ManifestReader.read(source, text);
    } catch (ManifestParseException e) {
      throw new SourceException(Reason.INVALID_MANIFEST, e.getMessage(), e);
    }
    for (ManifestDocument document : documents) {
      String missing = missingField(document);
      if (missing != null) {
        throw new SourceException(
            Reason.INVALID_MANIFEST,
            document.source() + ": document " + document.index() + ": missing " + missing);
      }
    }
    return documents;
  }

  private static String missingField(ManifestDocument document) {
    boolean apiVersion = !document.object().path("apiVersion").asText("").isEmpty();
    boolean kind = !document.object().path("kind").asText("").isEmpty();
    if (!apiVersion && !kind) {
      return "apiVersion and kind";
    }
    return !apiVersion ? "apiVersion" : !kind ? "kind" : null;
  }
}
