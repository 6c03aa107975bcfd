package io.mooring.testkit.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.resolver.RepositoryResolver;

/** Resolves a request's repository name to a bare repository directly under a root directory. */
final class RepoDirectoryResolver<C> implements RepositoryResolver<C> {
  private final Path root;

  RepoDirectoryResolver(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public Repository open(C request, String name) throws RepositoryNotFoundException {
    Path directory = root.resolve(stripSlashes(name)).normalize();
    if (!directory.startsWith(root) || !Files.isDirectory(directory)) {
      throw new RepositoryNotFoundException(name);
    }
    try {
      File gitDir = directory.toFile();
      return new FileRepositoryBuilder().setGitDir(gitDir).setBare().setMustExist(true).build();
    } catch (IOException e) {
      throw new RepositoryNotFoundException(name, e);
    }
  }

  private static String stripSlashes(String name) {
    String trimmed = name;
    while (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    return trimmed;
  }
}
