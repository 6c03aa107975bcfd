package io.mooring.testkit.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * A bare Git repository for tests, written directly through JGit's object inserter (no work tree),
 * so making thousands of commits is fast. Branches default to {@code main}; HEAD points at it.
 */
public final class TestRepo implements AutoCloseable {
  /** The branch commits go to unless another is named. */
  public static final String MAIN = "main";

  private static final PersonIdent AUTHOR =
      new PersonIdent("Mooring Test", "test@mooring.invalid", 1_700_000_000_000L, 0);

  private final Repository repository;
  private long clock;

  private TestRepo(Repository repository) {
    this.repository = repository;
  }

  /** Creates a new bare repository at {@code directory} (which must not exist or be empty). */
  public static TestRepo create(Path directory) {
    try {
      Repository repository =
          new FileRepositoryBuilder().setGitDir(directory.toFile()).setBare().build();
      repository.create(true);
      RefUpdate head = repository.updateRef(Constants.HEAD);
      head.link(Constants.R_HEADS + MAIN);
      return new TestRepo(repository);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory of the bare repository. */
  public Path directory() {
    return repository.getDirectory().toPath();
  }

  /** The underlying JGit repository, for reads a test may want to make. */
  public Repository repository() {
    return repository;
  }

  /** Commits the changes on top of {@code main} and returns the new commit id. */
  public ObjectId commit(String message, RepoChange... changes) {
    return commitOn(MAIN, message, Arrays.asList(changes));
  }

  /** Commits files (path → content) on top of {@code main}. */
  public ObjectId commitFiles(String message, Map<String, String> files) {
    return commitOn(
        MAIN,
        message,
        files.entrySet().stream().map(e -> RepoChange.file(e.getKey(), e.getValue())).toList());
  }

  /** Commits the changes on top of {@code branch} (created from nothing if absent). */
  public ObjectId commitOn(String branch, String message, List<RepoChange> changes) {
    String ref = Constants.R_HEADS + branch;
    try (ObjectInserter inserter = repository.newObjectInserter();
        RevWalk walk = new RevWalk(repository)) {
      ObjectId parent = repository.resolve(ref);
      DirCache index = DirCache.newInCore();
      if (parent != null) {
        DirCacheBuilder builder = index.builder();
        builder.addTree(
            new byte[0],
            DirCacheEntry.STAGE_0,
            walk.getObjectReader(),
            walk.parseTree(walk.parseCommit(parent).getTree()));
        builder.finish();
      }
      DirCacheEditor editor = index.editor();
      for (RepoChange change : changes) {
        applyChange(change, inserter, editor);
      }
      editor.finish();
      ObjectId tree = index.writeTree(inserter);
      CommitBuilder commit = new CommitBuilder();
      PersonIdent when = new PersonIdent(AUTHOR, AUTHOR.getWhenAsInstant().plusSeconds(clock++));
      commit.setAuthor(when);
      commit.setCommitter(when);
      commit.setMessage(message);
      commit.setTreeId(tree);
      if (parent != null) {
        commit.setParentId(parent);
      }
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      moveRef(ref, id);
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void applyChange(RepoChange change, ObjectInserter inserter, DirCacheEditor editor)
      throws IOException {
    if (change instanceof RepoChange.WriteFile f) {
      addBlob(editor, inserter, f.path(), f.content(), FileMode.REGULAR_FILE);
    } else if (change instanceof RepoChange.WriteSymlink s) {
      addBlob(editor, inserter, s.path(), s.target(), FileMode.SYMLINK);
    } else {
      editor.add(new DirCacheEditor.DeletePath(change.path()));
      editor.add(new DirCacheEditor.DeleteTree(change.path()));
    }
  }

  private static void addBlob(
      DirCacheEditor editor, ObjectInserter inserter, String path, String content, FileMode mode)
      throws IOException {
    ObjectId blob = inserter.insert(Constants.OBJ_BLOB, content.getBytes(StandardCharsets.UTF_8));
    editor.add(
        new DirCacheEditor.PathEdit(path) {
          @Override
          public void apply(DirCacheEntry entry) {
            entry.setFileMode(mode);
            entry.setObjectId(blob);
          }
        });
  }

  /** Points {@code branch} at {@code commit}, creating it if needed. */
  public void branch(String branch, ObjectId commit) {
    moveRef(Constants.R_HEADS + branch, commit);
  }

  /** Creates a lightweight tag. */
  public void lightweightTag(String name, ObjectId commit) {
    moveRef(Constants.R_TAGS + name, commit);
  }

  /** Creates an annotated tag object and returns its id (not the commit's). */
  public ObjectId annotatedTag(String name, ObjectId commit, String message) {
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      TagBuilder tag = new TagBuilder();
      tag.setTag(name);
      tag.setObjectId(commit, Constants.OBJ_COMMIT);
      tag.setTagger(AUTHOR);
      tag.setMessage(message);
      ObjectId id = inserter.insert(tag);
      inserter.flush();
      moveRef(Constants.R_TAGS + name, id);
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets any fully qualified ref, such as {@code refs/pull/7/head}. */
  public void ref(String fullName, ObjectId target) {
    moveRef(fullName, target);
  }

  /** The commit a branch points at, or null. */
  public RevCommit head(String branch) {
    try (RevWalk walk = new RevWalk(repository)) {
      ObjectId id = repository.resolve(Constants.R_HEADS + branch);
      return id == null ? null : walk.parseCommit(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void moveRef(String ref, ObjectId id) {
    try {
      RefUpdate update = repository.updateRef(ref);
      update.setNewObjectId(id);
      update.setForceUpdate(true);
      RefUpdate.Result result = update.update();
      if (result == RefUpdate.Result.LOCK_FAILURE
          || result == RefUpdate.Result.IO_FAILURE
          || result == RefUpdate.Result.REJECTED) {
        throw new IllegalStateException("could not move " + ref + ": " + result);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    repository.close();
  }
}
