package io.mooring.demo.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example repository: seeded once, reused with the user's pushes, repointed when moved. */
class ExampleRepositoryTest {
  private static final String FIRST_URL = "http://127.0.0.1:40001/examples.git";
  private static final String MOVED_URL = "http://127.0.0.1:40002/examples.git";
  @TempDir Path root;

  @Test
  void theFirstStartSeedsEveryExampleWithTheCloneUrlInItsApplications() throws Exception {
    ExampleRepository.Outcome outcome = ExampleRepository.ensure(root, FIRST_URL);

    assertThat(outcome.action()).isEqualTo(ExampleRepository.Action.SEEDED);
    Path clone = checkout("first");
    for (String file : ExampleFiles.load().keySet()) {
      assertThat(clone.resolve(file)).as(file).exists();
    }
    assertThat(Files.readString(clone.resolve("apps/guestbook.yaml")))
        .contains("repoURL: " + FIRST_URL)
        .doesNotContain(ExampleRepository.URL_PLACEHOLDER);
    assertThat(ExampleRepository.previousPort(root)).contains(40001);
  }

  @Test
  void aLaterStartKeepsTheRepositoryAndWhatWasPushedToIt() throws Exception {
    ExampleRepository.ensure(root, FIRST_URL);
    Path clone = checkout("user");
    String pushed;
    try (Git git = Git.open(clone.toFile())) {
      Files.writeString(clone.resolve("guestbook/extra.yaml"), "kind: ConfigMap\n");
      git.add().addFilepattern(".").call();
      pushed =
          git.commit()
              .setMessage("mine")
              .setAuthor("Ann", "a@x")
              .setCommitter("Ann", "a@x")
              .call()
              .name();
      git.push().call();
    }

    ExampleRepository.Outcome outcome = ExampleRepository.ensure(root, FIRST_URL);

    assertThat(outcome.action()).isEqualTo(ExampleRepository.Action.REUSED);
    assertThat(outcome.head()).isEqualTo(pushed);
  }

  @Test
  void aNewGitPortRewritesTheApplicationsInOneCommitOnTopOfTheUsersWork() throws Exception {
    ExampleRepository.Outcome seeded = ExampleRepository.ensure(root, FIRST_URL);

    ExampleRepository.Outcome moved = ExampleRepository.ensure(root, MOVED_URL);

    assertThat(moved.action()).isEqualTo(ExampleRepository.Action.REPOINTED);
    Path clone = checkout("moved");
    try (Git git = Git.open(clone.toFile())) {
      assertThat(git.log().call().iterator().next().getParent(0).name()).isEqualTo(seeded.head());
    }
    assertThat(Files.readString(clone.resolve("apps/shop-staging.yaml")))
        .contains("repoURL: " + MOVED_URL)
        .doesNotContain(FIRST_URL);
    assertThat(ExampleRepository.previousPort(root)).contains(40002);
    assertThat(ExampleRepository.ensure(root, MOVED_URL).action())
        .isEqualTo(ExampleRepository.Action.REUSED);
  }

  @Test
  void beforeTheFirstStartThereIsNoPreviousPort() throws Exception {
    assertThat(ExampleRepository.previousPort(root)).isEmpty();
  }

  private Path checkout(String name) throws Exception {
    Path directory = root.resolveSibling(root.getFileName() + "-" + name);
    Git.cloneRepository()
        .setURI(root.resolve(ExampleRepository.NAME).toUri().toString())
        .setDirectory(directory.toFile())
        .call()
        .close();
    return directory;
  }
}
