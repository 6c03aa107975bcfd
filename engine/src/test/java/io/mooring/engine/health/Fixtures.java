package io.mooring.engine.health;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ManifestDocument;
import io.mooring.engine.resource.ManifestReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test fixtures under {@code src/test/resources/health}. */
public final class Fixtures {
  private Fixtures() {}

  /** The path of {@code health/<relative>} on the test classpath. */
  public static Path path(String relative) {
    try {
      return Path.of(Fixtures.class.getResource("/health/" + relative).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no test fixture health/" + relative, e);
    }
  }

  /** The single object in {@code health/objects/<name>}. */
  public static ObjectNode object(String name) {
    try {
      Path file = path("objects/" + name);
      List<ManifestDocument> documents = ManifestReader.read(name, Files.readString(file));
      if (documents.size() != 1) {
        throw new IllegalArgumentException(name + " holds " + documents.size() + " objects");
      }
      return documents.get(0).object();
    } catch (Exception e) {
      throw new IllegalArgumentException("cannot read fixture " + name, e);
    }
  }
}
