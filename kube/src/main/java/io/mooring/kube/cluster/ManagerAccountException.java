package io.mooring.kube.cluster;

/** A step of installing the cluster-manager account failed; the message names the object. */
public final class ManagerAccountException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ManagerAccountException(String message) {
    super(message);
  }

  public ManagerAccountException(String message, Throwable cause) {
    super(message, cause);
  }
}
