package io.mooring.demo.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commits of a ref update and their files, as a GitHub push event lists them. */
class PushedCommitsTest {
  @TempDir Path work;

  @Test
  void listsTheNewCommitsOldestFirstWithTheirAddedModifiedAndRemovedFiles() throws Exception {
    try (Git git = Git.init().setInitialBranch("main").setDirectory(work.toFile()).call()) {
      write("keep.yaml", "a: 1\n");
      write("drop.yaml", "b: 1\n");
      RevCommit before = commit(git, "first");
      write("keep.yaml", "a: 2\n");
      Files.delete(work.resolve("drop.yaml"));
      git.rm().addFilepattern("drop.yaml").call();
      RevCommit second = commit(git, "second");
      write("new/added.yaml", "c: 1\n");
      RevCommit third = commit(git, "third");

      List<PushedCommit> commits =
          PushedCommits.between(git.getRepository(), before.getId(), third.getId());

      assertThat(commits).extracting(PushedCommit::id).containsExactly(second.name(), third.name());
      assertThat(commits.get(0).modified()).containsExactly("keep.yaml");
      assertThat(commits.get(0).removed()).containsExactly("drop.yaml");
      assertThat(commits.get(0).added()).isEmpty();
      assertThat(commits.get(1).added()).containsExactly("new/added.yaml");
      assertThat(commits.get(1).message()).isEqualTo("third");
    }
  }

  @Test
  void aNewBranchListsItsWholeHistoryAndADeletedOneNothing() throws Exception {
    try (Git git = Git.init().setInitialBranch("main").setDirectory(work.toFile()).call()) {
      write("one.yaml", "a: 1\n");
      RevCommit first = commit(git, "first");

      assertThat(PushedCommits.between(git.getRepository(), ObjectId.zeroId(), first.getId()))
          .singleElement()
          .satisfies(c -> assertThat(c.added()).containsExactly("one.yaml"));
      assertThat(PushedCommits.between(git.getRepository(), first.getId(), ObjectId.zeroId()))
          .isEmpty();
    }
  }

  private void write(String path, String content) throws Exception {
    Path file = work.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static RevCommit commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    return git.commit()
        .setMessage(message)
        .setAuthor("Ann", "ann@example.com")
        .setCommitter("Ann", "ann@example.com")
        .call();
  }
}
