package io.mooring.kube.cluster;

/** A cluster Secret cannot be read; the message names the Secret and field, never a value. */
public final class InvalidClusterSecretException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidClusterSecretException(String message) {
    super(message);
  }

  public InvalidClusterSecretException(String message, Throwable cause) {
    super(message, cause);
  }
}
