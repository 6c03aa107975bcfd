package io.mooring.demo.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The example apps shipped with the demo: every file under the classpath directory {@value #ROOT}
 * (in the jar, or in {@code target/classes} during tests), by repository path.
 */
public final class ExampleFiles {
  static final String ROOT = "io/mooring/demo/examples";
  private static final String MARKER = ROOT + "/README.md";

  private ExampleFiles() {}

  /** Every example file, by its path in the repository ({@code guestbook/deployment.yaml}, …). */
  public static Map<String, String> load() {
    URL marker = ExampleFiles.class.getClassLoader().getResource(MARKER);
    if (marker == null) {
      throw new IllegalStateException("the demo's example apps are missing from the classpath");
    }
    try {
      URI uri = marker.toURI();
      if ("jar".equals(uri.getScheme())) {
        return fromJar(marker);
      }
      return read(Path.of(uri).getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("unreadable location of the example apps: " + marker, e);
    }
  }

  /** Reads the entries of the jar the class loader already has open (no second parse). */
  private static Map<String, String> fromJar(URL marker) {
    Map<String, String> files = new TreeMap<>();
    try {
      JarURLConnection connection = (JarURLConnection) marker.openConnection();
      JarFile jar = connection.getJarFile();
      for (JarEntry entry : Collections.list(jar.entries())) {
        if (!entry.isDirectory() && entry.getName().startsWith(ROOT + "/")) {
          try (InputStream in = jar.getInputStream(entry)) {
            files.put(
                entry.getName().substring(ROOT.length() + 1),
                new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the demo's example apps", e);
    }
    return files;
  }

  private static Map<String, String> read(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String path = root.relativize(file).toString().replace('\\', '/');
        files.put(path, Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the demo's example apps", e);
    }
    return files;
  }
}
