package io.mooring.kube.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class KubeErrorsTest {

  private static KubernetesClientException withStatus(int code, String reason, String message) {
    return new KubernetesClientException(
        new StatusBuilder().withCode(code).withReason(reason).withMessage(message).build());
  }

  @Test
  void notFoundIsTerminal() {
    KubeException e =
        KubeErrors.classify(
            "get /ConfigMap/default/a", withStatus(404, "NotFound", "configmaps \"a\" not found"));

    assertThat(e.error()).isEqualTo(KubeError.NOT_FOUND);
    assertThat(e.isTransient()).isFalse();
    assertThat(e)
        .hasMessage(
            "get /ConfigMap/default/a failed (NOT_FOUND, HTTP 404): configmaps \"a\" not found");
  }

  @Test
  void alreadyExistsAndResourceVersionConflictAreTold409sApart() {
    assertThat(KubeErrors.kindOf(withStatus(409, "AlreadyExists", "exists")))
        .isEqualTo(KubeError.ALREADY_EXISTS);
    assertThat(KubeErrors.kindOf(withStatus(409, "Conflict", "the object has been modified")))
        .isEqualTo(KubeError.CONFLICT);
    assertThat(KubeError.CONFLICT.isTransient()).as("re-read and retry").isTrue();
  }

  @Test
  void conflictDuringServerSideApplyIsAFieldConflict() {
    KubeException e =
        KubeErrors.classifyApply(
            "server-side apply x", withStatus(409, "Conflict", "Apply failed with 1 conflict"));

    assertThat(e.error()).isEqualTo(KubeError.FIELD_CONFLICT);
    assertThat(e.isTransient()).isFalse();
    assertThat(e).hasMessageContaining("Apply failed with 1 conflict");
  }

  @Test
  void invalidKeepsTheApiMessage() {
    KubeException e =
        KubeErrors.classify(
            "patch apps/Deployment/default/web",
            withStatus(
                422,
                "Invalid",
                "Deployment.apps \"web\" is invalid: spec.selector: Invalid value: field is immutable"));

    assertThat(e.error()).isEqualTo(KubeError.INVALID);
    assertThat(e).hasMessageContaining("spec.selector: Invalid value: field is immutable");
  }

  @Test
  void permissionErrorsAreTerminal() {
    assertThat(KubeErrors.kindOf(withStatus(403, "Forbidden", "no")))
        .isEqualTo(KubeError.FORBIDDEN);
    assertThat(KubeErrors.kindOf(withStatus(401, "Unauthorized", "no")))
        .isEqualTo(KubeError.UNAUTHORIZED);
    assertThat(KubeError.FORBIDDEN.disposition()).isEqualTo(Disposition.TERMINAL);
  }

  @Test
  void serverTroubleThrottlingAndTimeoutsAreTransient() {
    assertThat(KubeErrors.kindOf(withStatus(503, "ServiceUnavailable", "etcd down")))
        .isEqualTo(KubeError.UNAVAILABLE);
    assertThat(KubeErrors.kindOf(withStatus(500, "InternalError", "boom")))
        .isEqualTo(KubeError.UNAVAILABLE);
    assertThat(KubeErrors.kindOf(withStatus(429, "TooManyRequests", "slow down")))
        .isEqualTo(KubeError.THROTTLED);
    assertThat(KubeErrors.kindOf(withStatus(504, "Timeout", "slow"))).isEqualTo(KubeError.TIMEOUT);
    assertThat(KubeError.UNAVAILABLE.isTransient()).isTrue();
    assertThat(KubeError.THROTTLED.isTransient()).isTrue();
  }

  @Test
  void refusedConnectionIsUnavailable() {
    KubernetesClientException e =
        new KubernetesClientException("request failed", new ConnectException("Connection refused"));

    KubeException classified = KubeErrors.classify("list pods", e);

    assertThat(classified.error()).isEqualTo(KubeError.UNAVAILABLE);
    assertThat(classified).hasMessageContaining("list pods failed (UNAVAILABLE)");
  }

  @Test
  void unsupportedMediaTypeIsUnsupported() {
    assertThat(KubeErrors.kindOf(withStatus(415, "UnsupportedMediaType", "no strategic merge")))
        .isEqualTo(KubeError.UNSUPPORTED);
  }
}
