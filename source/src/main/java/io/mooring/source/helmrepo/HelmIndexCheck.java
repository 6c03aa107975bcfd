package io.mooring.source.helmrepo;

import io.mooring.source.SourceException;
import io.mooring.source.credentials.Redactor;
import io.mooring.source.credentials.RepoCredentials;
import java.net.URI;
import java.time.Duration;

/**
 * Downloads a Helm repository's {@code index.yaml} with the given credentials and checks it is an
 * index, which proves the repository is reachable and the credentials are accepted. Nothing is
 * kept. Failures name the URL; credentials never appear in them.
 */
public final class HelmIndexCheck {
  private static final long MAX_INDEX_BYTES = 64L << 20;
  private final HelmRepositoryClient client;

  /** Checks with {@code timeout} for connecting and for the download. */
  public HelmIndexCheck(Duration timeout) {
    this.client = new HelmRepositoryClient(timeout);
  }

  /** Fetches and parses the index of the repository at {@code credentials.url()}. */
  public void check(RepoCredentials credentials) throws SourceException {
    String base = credentials.url().endsWith("/") ? credentials.url() : credentials.url() + "/";
    URI index;
    try {
      index = URI.create(base).resolve("index.yaml");
    } catch (IllegalArgumentException e) {
      throw new SourceException(
          SourceException.Reason.INVALID_SOURCE,
          "'" + Redactor.url(credentials.url()) + "' is not a valid Helm repository URL");
    }
    if (!"http".equals(index.getScheme()) && !"https".equals(index.getScheme())) {
      throw new SourceException(
          SourceException.Reason.INVALID_SOURCE,
          "'" + Redactor.url(credentials.url()) + "' is not an http(s) Helm repository URL");
    }
    HelmIndex.parse(
        Redactor.url(index.toString()), client.get(index, credentials, MAX_INDEX_BYTES));
  }
}
