package io.mooring.source.git;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/** Reads a commit's author, date, message and tags from a local mirror (read-only, no I/O else). */
final class CommitMetadataReader {
  private CommitMetadataReader() {}

  static CommitMetadata read(Repository repository, ObjectId commitId) throws SourceException {
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit commit = walk.parseCommit(commitId);
      PersonIdent author = commit.getAuthorIdent();
      return new CommitMetadata(
          commit.name(),
          author.getName() + " <" + author.getEmailAddress() + ">",
          author.getWhenAsInstant(),
          tagsAt(repository, commit),
          commit.getFullMessage());
    } catch (IOException e) {
      throw new SourceException(
          Reason.IO, "could not read commit " + commitId.name() + ": " + e.getMessage(), e);
    }
  }

  private static List<String> tagsAt(Repository repository, ObjectId commit) throws IOException {
    List<String> tags = new ArrayList<>();
    for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
      Ref peeled = repository.getRefDatabase().peel(ref);
      ObjectId target =
          peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
      if (commit.equals(target)) {
        tags.add(ref.getName().substring(Constants.R_TAGS.length()));
      }
    }
    tags.sort(null);
    return tags;
  }
}
