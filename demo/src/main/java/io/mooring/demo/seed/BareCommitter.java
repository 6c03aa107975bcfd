package io.mooring.demo.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Writes a commit straight into a bare repository (no work tree): the branch's current tree with
 * some files replaced or added, committed on top of the branch.
 */
final class BareCommitter {
  static final PersonIdent AUTHOR = new PersonIdent("Mooring demo", "demo@mooring.invalid");

  private BareCommitter() {}

  /**
   * Commits {@code files} (path → new content) on {@code branch}, keeping every other file of the
   * branch's tree; starts the branch when it does not exist.
   *
   * @return the new commit
   */
  static ObjectId commit(
      Repository repository, String branch, Map<String, String> files, String message)
      throws IOException {
    String ref = Constants.R_HEADS + branch;
    Optional<RevCommit> parent = head(repository, ref);
    try (ObjectInserter inserter = repository.newObjectInserter();
        ObjectReader reader = repository.newObjectReader()) {
      DirCache index = DirCache.newInCore();
      DirCacheBuilder builder = index.builder();
      if (parent.isPresent()) {
        try (TreeWalk walk = new TreeWalk(reader)) {
          walk.addTree(parent.get().getTree());
          walk.setRecursive(true);
          while (walk.next()) {
            if (!files.containsKey(walk.getPathString())) {
              DirCacheEntry kept = new DirCacheEntry(walk.getPathString());
              kept.setFileMode(walk.getFileMode(0));
              kept.setObjectId(walk.getObjectId(0));
              builder.add(kept);
            }
          }
        }
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        DirCacheEntry entry = new DirCacheEntry(file.getKey());
        entry.setFileMode(FileMode.REGULAR_FILE);
        entry.setObjectId(
            inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(StandardCharsets.UTF_8)));
        builder.add(entry);
      }
      builder.finish();
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(index.writeTree(inserter));
      parent.ifPresent(commit::setParentId);
      PersonIdent now = new PersonIdent(AUTHOR.getName(), AUTHOR.getEmailAddress());
      commit.setAuthor(now);
      commit.setCommitter(now);
      commit.setMessage(message);
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      RefUpdate update = repository.updateRef(ref);
      update.setNewObjectId(id);
      update.setExpectedOldObjectId(parent.map(RevCommit::getId).orElse(ObjectId.zeroId()));
      update.setRefLogMessage("mooring demo: " + message.lines().findFirst().orElse(""), false);
      RefUpdate.Result result = update.update();
      if (result != RefUpdate.Result.NEW
          && result != RefUpdate.Result.FAST_FORWARD
          && result != RefUpdate.Result.FORCED) {
        throw new IOException("could not move " + ref + " to the new commit: " + result);
      }
      return id;
    }
  }

  /** The commit {@code ref} points to, if the ref exists. */
  static Optional<RevCommit> head(Repository repository, String ref) throws IOException {
    ObjectId id = repository.resolve(ref);
    if (id == null) {
      return Optional.empty();
    }
    try (RevWalk walk = new RevWalk(repository)) {
      return Optional.of(walk.parseCommit(id));
    }
  }
}
