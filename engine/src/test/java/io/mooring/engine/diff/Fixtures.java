package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ManifestDocument;
import io.mooring.engine.resource.ManifestReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test objects from {@code src/test/resources/diff}, named for the expected result. */
final class Fixtures {
  private Fixtures() {}

  /** The object in {@code diff/NAME-desired.yaml}. */
  static ObjectNode desired(String name) {
    return object(name + "-desired.yaml");
  }

  /** The object in {@code diff/NAME-live.yaml}. */
  static ObjectNode live(String name) {
    return object(name + "-live.yaml");
  }

  static ObjectNode object(String file) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/diff/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no test fixture diff/" + file);
      }
      List<ManifestDocument> documents =
          ManifestReader.read(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return documents.get(0).object();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
