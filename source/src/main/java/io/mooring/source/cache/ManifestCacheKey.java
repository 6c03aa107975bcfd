package io.mooring.source.cache;

/**
 * What a render depends on: the repository, the resolved commit, the source path and a digest of
 * every rendering parameter (source options, app identity, referenced sources' commits).
 */
public record ManifestCacheKey(String repo, String commit, String path, String parameters) {
  /** The same render at another commit: the line along which generate-paths reuse looks back. */
  public LineKey line() {
    return new LineKey(repo, path, parameters);
  }

  /** A render independent of its commit. */
  public record LineKey(String repo, String path, String parameters) {}
}
