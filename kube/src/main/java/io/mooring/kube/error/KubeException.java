package io.mooring.kube.error;

import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * A failed Kubernetes call, classified at the kube edge. The message names the action and object
 * and carries the API server's own explanation; it never carries object contents.
 */
public final class KubeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final KubeError error;

  public KubeException(KubeError error, String message) {
    super(message);
    this.error = error;
  }

  public KubeException(KubeError error, String message, Throwable cause) {
    super(message, cause);
    this.error = error;
  }

  /** What kind of failure this is. */
  public KubeError error() {
    return error;
  }

  /** The API server's HTTP status code, or 0 when the request got no answer. */
  public int statusCode() {
    return getCause() instanceof KubernetesClientException client
        ? Math.max(client.getCode(), 0)
        : 0;
  }

  /** True when a retry after a back-off may succeed. */
  public boolean isTransient() {
    return error.isTransient();
  }
}
