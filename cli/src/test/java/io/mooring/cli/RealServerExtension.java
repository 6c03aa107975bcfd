package io.mooring.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes a {@link RealServer}: started once, on the first class that asks, and stopped
 * (its temp directory removed) when the whole test run ends. Ask with a {@code RealServer}
 * parameter of a {@code @BeforeAll} method.
 */
final class RealServerExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RealServerExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RealServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Shared.class, type -> Shared.start(), Shared.class)
        .server();
  }

  /** The shared server and the directory it works in. */
  private record Shared(RealServer server, Path work) implements AutoCloseable {
    static Shared start() {
      try {
        Path work = Files.createTempDirectory("mooring-cli-real-server");
        return new Shared(RealServer.start(work), work);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
      try (Stream<Path> files = Files.walk(work)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
