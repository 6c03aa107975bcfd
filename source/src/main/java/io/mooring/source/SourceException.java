package io.mooring.source;

import java.util.Optional;

/**
 * Why manifests could not be produced. The message names the repository, revision and path where
 * known, carries the underlying tool's own message, and never contains credentials (callers pass
 * messages through {@link io.mooring.source.credentials.Redactor} first).
 */
public final class SourceException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The kind of failure, so callers can tell terminal problems from transient ones. */
  public enum Reason {
    /** The repository could not be reached, or refused our credentials. Transient. */
    REPO_UNREACHABLE,
    /** The revision does not exist in the repository. */
    REVISION_NOT_FOUND,
    /** The source path does not exist at the revision. */
    PATH_NOT_FOUND,
    /** A path, value file or symlink points outside the repository. */
    PATH_OUTSIDE_REPO,
    /** A manifest is not valid YAML/JSON or lacks apiVersion or kind. */
    INVALID_MANIFEST,
    /** A file or the whole render is larger than allowed. */
    TOO_LARGE,
    /** kustomize or helm failed; the message carries the tool's own output. */
    TOOL_FAILED,
    /** kustomize or helm ran longer than allowed and was stopped. */
    TOOL_TIMEOUT,
    /** The source is not valid (conflicting types, missing fields). */
    INVALID_SOURCE,
    /** Local I/O failed (disk full, permissions). */
    IO
  }

  /** Where in which repository a failure happened; any part may be absent. */
  public record Location(String repo, String revision, String path) {
    /** A location naming only the repository and revision. */
    public static Location of(String repo, String revision) {
      return new Location(repo, revision, null);
    }

    /** This location with the path set. */
    public Location withPath(String newPath) {
      return new Location(repo, revision, newPath);
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      append(text, "repo", repo);
      append(text, "revision", revision);
      append(text, "path", path == null || path.isEmpty() ? null : path);
      return text.toString();
    }

    private static void append(StringBuilder text, String label, String value) {
      if (value == null) {
        return;
      }
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(label).append(' ').append(value);
    }
  }

  private final Reason reason;
  private final String detail;
  private final transient Location location;

  /** A failure with no location yet; {@link #at} adds one as it travels up. */
  public SourceException(Reason reason, String detail) {
    this(reason, detail, null, null);
  }

  /** A failure with no location yet, caused by {@code cause}. */
  public SourceException(Reason reason, String detail, Throwable cause) {
    this(reason, detail, null, cause);
  }

  private SourceException(Reason reason, String detail, Location location, Throwable cause) {
    super(format(detail, location), cause);
    this.reason = reason;
    this.detail = detail;
    this.location = location;
  }

  /** What kind of failure this is. */
  public Reason reason() {
    return reason;
  }

  /** The message without the location. */
  public String detail() {
    return detail;
  }

  /** Where the failure happened, if known. */
  public Optional<Location> location() {
    return Optional.ofNullable(location);
  }

  /**
   * This failure placed at {@code where}; parts of an existing location (say, a path found deeper
   * down) are kept.
   */
  public SourceException at(Location where) {
    Location merged =
        location == null
            ? where
            : new Location(
                location.repo() != null ? location.repo() : where.repo(),
                location.revision() != null ? location.revision() : where.revision(),
                location.path() != null ? location.path() : where.path());
    return new SourceException(reason, detail, merged, getCause());
  }

  private static String format(String detail, Location location) {
    return location == null ? detail : location + ": " + detail;
  }
}
