package io.mooring.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A clone of the demo's repository, changed with the {@code git} command as a user would. */
final class GitCli {
  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          "GIT_TERMINAL_PROMPT", "0",
          "GIT_AUTHOR_NAME", "E2E Tester",
          "GIT_AUTHOR_EMAIL", "e2e@example.com",
          "GIT_COMMITTER_NAME", "E2E Tester",
          "GIT_COMMITTER_EMAIL", "e2e@example.com");
  private final Path directory;

  private GitCli(Path directory) {
    this.directory = directory;
  }

  /** {@code git clone URL DIRECTORY}. */
  static GitCli clone(String url, Path directory) {
    ProcessRun.of(
            List.of("git", "clone", "--quiet", url, directory.toString()),
            directory.getParent(),
            ENVIRONMENT)
        .succeeded();
    return new GitCli(directory);
  }

  /** Rewrites the file at {@code path} with {@code change}. */
  GitCli edit(String path, UnaryOperator<String> change) {
    Path file = directory.resolve(path);
    try {
      Files.writeString(file, change.apply(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes a new file at {@code path}. */
  GitCli write(String path, String content) {
    try {
      Files.writeString(directory.resolve(path), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** {@code git ARGS} in the clone; must succeed. */
  ProcessRun git(String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    return ProcessRun.of(command, directory, ENVIRONMENT).succeeded();
  }

  /** {@code git add -A && git commit -m MESSAGE}; returns the new commit. */
  String commitAll(String message) {
    git("add", "-A");
    git("commit", "--quiet", "-m", message);
    return git("rev-parse", "HEAD").out().strip();
  }

  /** {@code git push}; returns what the server said (its {@code remote:} lines). */
  String push() {
    return git("push", "--quiet", "origin", "HEAD:main").err();
  }
}
