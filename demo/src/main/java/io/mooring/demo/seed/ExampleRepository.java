package io.mooring.demo.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The demo's Git repository of example apps, {@value #NAME} under the Git server's root: seeded
 * from {@link ExampleFiles} on first start (the Application manifests under {@value #APPS} get the
 * repository's clone URL), reused as it is on later starts — with whatever the user pushed — except
 * that a clone URL that changed (another Git port) is rewritten in {@value #APPS} by one commit.
 */
public final class ExampleRepository {
  /** The repository's directory name under the Git server's root, and its URL path. */
  public static final String NAME = "examples.git";

  /** The branch the example Applications track. */
  public static final String BRANCH = "main";

  /** The directory of the app-of-apps root: one Application manifest per example. */
  public static final String APPS = "apps";

  /** Where the clone URL goes in the shipped Application manifests. */
  static final String URL_PLACEHOLDER = "${REPO_URL}";

  private static final Pattern DEMO_URL =
      Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/" + Pattern.quote(NAME));

  /** What {@link #ensure} did. */
  public enum Action {
    SEEDED,
    REUSED,
    REPOINTED
  }

  /**
   * The outcome of {@link #ensure}.
   *
   * @param action what was done
   * @param head the branch's commit afterwards
   */
  public record Outcome(Action action, String head) {}

  private ExampleRepository() {}

  /**
   * The Git port that the repository under {@code gitRoot} was last served on, judged from the
   * clone URL in its Application manifests; empty before the first start.
   */
  public static Optional<Integer> previousPort(Path gitRoot) throws IOException {
    Path directory = gitRoot.resolve(NAME);
    if (!Files.isDirectory(directory)) {
      return Optional.empty();
    }
    try (Repository repository = open(directory)) {
      for (String content : appManifests(repository).values()) {
        Matcher url = DEMO_URL.matcher(content);
        if (url.find()) {
          return Optional.of(Integer.parseInt(url.group(1)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Makes sure the repository exists under {@code gitRoot} and that its Application manifests point
   * at {@code cloneUrl}.
   */
  public static Outcome ensure(Path gitRoot, String cloneUrl) throws IOException {
    Path directory = gitRoot.resolve(NAME);
    if (!Files.isDirectory(directory)) {
      return new Outcome(Action.SEEDED, seed(directory, cloneUrl).getName());
    }
    try (Repository repository = open(directory)) {
      Map<String, String> repointed = new LinkedHashMap<>();
      appManifests(repository)
          .forEach(
              (path, content) -> {
                String rewritten =
                    DEMO_URL.matcher(content).replaceAll(Matcher.quoteReplacement(cloneUrl));
                if (!rewritten.equals(content)) {
                  repointed.put(path, rewritten);
                }
              });
      if (repointed.isEmpty()) {
        ObjectId head = repository.resolve(Constants.R_HEADS + BRANCH);
        return new Outcome(Action.REUSED, head == null ? "" : head.getName());
      }
      ObjectId commit =
          BareCommitter.commit(
              repository,
              BRANCH,
              repointed,
              "demo: the Git server now listens at " + cloneUrl + "\n\nRewritten by mooring demo.");
      return new Outcome(Action.REPOINTED, commit.getName());
    }
  }

  private static ObjectId seed(Path directory, String cloneUrl) throws IOException {
    try (Git git =
        Git.init().setBare(true).setInitialBranch(BRANCH).setDirectory(directory.toFile()).call()) {
      Map<String, String> files = new LinkedHashMap<>();
      ExampleFiles.load()
          .forEach((path, content) -> files.put(path, content.replace(URL_PLACEHOLDER, cloneUrl)));
      return BareCommitter.commit(
          git.getRepository(),
          BRANCH,
          files,
          "Example apps for the Mooring demo\n\nSeeded by mooring demo; see README.md.");
    } catch (GitAPIException e) {
      throw new IOException("could not create the repository " + directory + ": " + e, e);
    }
  }

  /** The files under {@value #APPS} at the branch's head, by path. */
  private static Map<String, String> appManifests(Repository repository) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    Optional<RevCommit> head = BareCommitter.head(repository, Constants.R_HEADS + BRANCH);
    if (head.isEmpty()) {
      return files;
    }
    try (ObjectReader reader = repository.newObjectReader();
        TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(head.get().getTree());
      walk.setRecursive(true);
      walk.setFilter(PathFilter.create(APPS));
      while (walk.next()) {
        files.put(
            walk.getPathString(),
            new String(reader.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static Repository open(Path directory) throws IOException {
    return new FileRepositoryBuilder()
        .setGitDir(directory.toFile())
        .setBare()
        .setMustExist(true)
        .build();
  }
}
