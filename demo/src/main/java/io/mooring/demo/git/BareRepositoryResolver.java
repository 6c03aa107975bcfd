package io.mooring.demo.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.resolver.RepositoryResolver;

/**
 * Finds the bare repository a request names directly under the server's root directory ({@code
 * examples.git} → {@code root/examples.git}); names that leave the root are not found.
 */
final class BareRepositoryResolver<C> implements RepositoryResolver<C> {
  private final Path root;

  BareRepositoryResolver(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public Repository open(C request, String name) throws RepositoryNotFoundException {
    Path directory = root.resolve(name.replaceFirst("^/+", "")).normalize();
    if (!directory.startsWith(root) || directory.equals(root) || !Files.isDirectory(directory)) {
      throw new RepositoryNotFoundException(name);
    }
    try {
      return new FileRepositoryBuilder()
          .setGitDir(directory.toFile())
          .setBare()
          .setMustExist(true)
          .build();
    } catch (IOException e) {
      throw new RepositoryNotFoundException(name, e);
    }
  }
}
