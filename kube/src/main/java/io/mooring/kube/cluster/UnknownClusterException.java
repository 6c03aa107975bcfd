package io.mooring.kube.cluster;

/** An Application destination names no known cluster, or names it ambiguously. */
public final class UnknownClusterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownClusterException(String message) {
    super(message);
  }
}
