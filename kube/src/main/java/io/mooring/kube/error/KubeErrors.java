package io.mooring.kube.error;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/** Maps fabric8's {@link KubernetesClientException} to a classified {@link KubeException}. */
public final class KubeErrors {
  private KubeErrors() {}

  /**
   * Classifies {@code e}, raised while doing {@code action} (for example {@code "apply
   * apps/Deployment/default/web"}), keeping the API server's message.
   */
  public static KubeException classify(String action, KubernetesClientException e) {
    KubeError error = kindOf(e);
    return new KubeException(
        error, action + " failed (" + describe(error, e) + "): " + apiMessage(e), e);
  }

  /** Like {@link #classify} but a 409 means a server-side apply field-manager conflict. */
  public static KubeException classifyApply(String action, KubernetesClientException e) {
    KubeException classified = classify(action, e);
    if (classified.error() == KubeError.CONFLICT) {
      return new KubeException(
          KubeError.FIELD_CONFLICT,
          action + " failed (field conflict with another manager): " + apiMessage(e),
          e);
    }
    return classified;
  }

  /** The kind of failure an exception represents. */
  public static KubeError kindOf(KubernetesClientException e) {
    int code = e.getCode();
    String reason = reason(e);
    return switch (code) {
      case 404 -> KubeError.NOT_FOUND;
      case 409 -> "AlreadyExists".equals(reason) ? KubeError.ALREADY_EXISTS : KubeError.CONFLICT;
      case 422 -> KubeError.INVALID;
      case 400 -> KubeError.BAD_REQUEST;
      case 401 -> KubeError.UNAUTHORIZED;
      case 403 -> KubeError.FORBIDDEN;
      case 405, 406, 415 -> KubeError.UNSUPPORTED;
      case 408, 504 -> KubeError.TIMEOUT;
      case 429 -> KubeError.THROTTLED;
      default -> withoutStatusCode(code, e);
    };
  }

  private static KubeError withoutStatusCode(int code, KubernetesClientException e) {
    if (code >= 500) {
      return KubeError.UNAVAILABLE;
    }
    if (code <= 0 && hasNetworkCause(e)) {
      return KubeError.UNAVAILABLE;
    }
    return KubeError.UNKNOWN;
  }

  private static boolean hasNetworkCause(Throwable e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IOException
          || t instanceof ConnectException
          || t instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static String reason(KubernetesClientException e) {
    Status status = e.getStatus();
    return status == null ? null : status.getReason();
  }

  private static String describe(KubeError error, KubernetesClientException e) {
    return e.getCode() > 0 ? error + ", HTTP " + e.getCode() : error.toString();
  }

  /** The API server's explanation, or the client's when the server gave none. */
  static String apiMessage(KubernetesClientException e) {
    Status status = e.getStatus();
    if (status != null && status.getMessage() != null && !status.getMessage().isBlank()) {
      return status.getMessage();
    }
    Throwable root = e;
    while (root.getCause() != null && root.getMessage() == null) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
