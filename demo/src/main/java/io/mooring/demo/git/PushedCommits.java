package io.mooring.demo.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The commits a ref update brought, oldest first, each with the files it added, changed and removed
 * against its first parent — what a GitHub push event lists. As GitHub, at most {@value #LIMIT} are
 * meant to be listed: a longer push is cut after one more, which tells the server the list is
 * incomplete (it then refreshes without a path filter).
 */
final class PushedCommits {
  static final int LIMIT = 2048;

  private PushedCommits() {}

  /** The commits reachable from {@code newId} and not from {@code oldId} (zero: none). */
  static List<PushedCommit> between(Repository repository, ObjectId oldId, ObjectId newId)
      throws IOException {
    List<PushedCommit> commits = new ArrayList<>();
    if (newId.equals(ObjectId.zeroId())) {
      return commits;
    }
    try (RevWalk walk = new RevWalk(repository)) {
      walk.markStart(walk.parseCommit(newId));
      if (!oldId.equals(ObjectId.zeroId())) {
        walk.markUninteresting(walk.parseCommit(oldId));
      }
      for (RevCommit commit : walk) {
        if (commits.size() == LIMIT + 1) {
          break;
        }
        commits.add(describe(repository, walk, commit));
      }
    }
    Collections.reverse(commits);
    return commits;
  }

  private static PushedCommit describe(Repository repository, RevWalk walk, RevCommit commit)
      throws IOException {
    List<String> added = new ArrayList<>();
    List<String> modified = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    try (TreeWalk tree = new TreeWalk(repository)) {
      tree.setRecursive(true);
      if (commit.getParentCount() > 0) {
        tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
      } else {
        tree.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
      }
      tree.addTree(commit.getTree());
      for (DiffEntry entry : DiffEntry.scan(tree)) {
        switch (entry.getChangeType()) {
          case ADD, COPY -> added.add(entry.getNewPath());
          case MODIFY -> modified.add(entry.getNewPath());
          case DELETE -> removed.add(entry.getOldPath());
          case RENAME -> {
            removed.add(entry.getOldPath());
            added.add(entry.getNewPath());
          }
        }
      }
    }
    return new PushedCommit(
        commit.getName(),
        commit.getFullMessage(),
        commit.getCommitterIdent().getWhenAsInstant(),
        commit.getAuthorIdent().getName(),
        commit.getAuthorIdent().getEmailAddress(),
        added,
        modified,
        removed);
  }
}
