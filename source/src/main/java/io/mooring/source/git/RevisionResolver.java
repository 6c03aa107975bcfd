package io.mooring.source.git;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Resolves a targetRevision against a local mirror: HEAD (or empty), a fully qualified ref, a
 * branch, a tag (annotated tags peeled to their commit), or a full or abbreviated commit id — in
 * that order, as Argo CD does.
 */
final class RevisionResolver {
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{4,40}");

  private RevisionResolver() {}

  /** Whether {@code revision} is a full 40-character commit id. */
  static boolean isFullSha(String revision) {
    return revision != null && revision.length() == 40 && HEX.matcher(revision).matches();
  }

  /** The commit {@code revision} names in {@code repository}. */
  static RevCommit resolve(Repository repository, String revision) throws SourceException {
    try (RevWalk walk = new RevWalk(repository)) {
      ObjectId id = find(repository, revision);
      if (id == null) {
        throw new SourceException(
            Reason.REVISION_NOT_FOUND,
            "revision '" + revision + "' not found: no branch, tag or commit has this name");
      }
      return walk.parseCommit(id);
    } catch (MissingObjectException e) {
      throw new SourceException(
          Reason.REVISION_NOT_FOUND, "revision '" + revision + "' not found in the repository", e);
    } catch (IOException e) {
      throw new SourceException(
          Reason.IO, "could not resolve revision '" + revision + "': " + e.getMessage(), e);
    }
  }

  private static ObjectId find(Repository repository, String revision)
      throws IOException, SourceException {
    String rev = revision == null || revision.isBlank() ? Constants.HEAD : revision.trim();
    if (rev.equals(Constants.HEAD)) {
      return peeled(repository, repository.exactRef(Constants.HEAD));
    }
    if (rev.startsWith(Constants.R_REFS)) {
      return peeled(repository, repository.exactRef(rev));
    }
    for (String prefix : List.of(Constants.R_HEADS, Constants.R_TAGS)) {
      ObjectId id = peeled(repository, repository.exactRef(prefix + rev));
      if (id != null) {
        return id;
      }
    }
    if (HEX.matcher(rev).matches()) {
      return commitById(repository, rev);
    }
    return null;
  }

  private static ObjectId peeled(Repository repository, Ref ref) throws IOException {
    if (ref == null || ref.getObjectId() == null) {
      return null;
    }
    Ref peeled = repository.getRefDatabase().peel(ref);
    return peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
  }

  private static ObjectId commitById(Repository repository, String hex)
      throws IOException, SourceException {
    if (hex.length() == 40) {
      ObjectId id = ObjectId.fromString(hex);
      return repository.getObjectDatabase().has(id) ? id : null;
    }
    try (ObjectReader reader = repository.newObjectReader()) {
      Collection<ObjectId> candidates = reader.resolve(AbbreviatedObjectId.fromString(hex));
      if (candidates.size() > 1) {
        throw new SourceException(
            Reason.REVISION_NOT_FOUND,
            "revision '" + hex + "' is ambiguous: " + candidates.size() + " objects match");
      }
      return candidates.isEmpty() ? null : candidates.iterator().next();
    }
  }
}
