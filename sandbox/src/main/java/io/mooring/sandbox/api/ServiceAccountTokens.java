package io.mooring.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token controller's part for a new Secret of type {@code kubernetes.io/service-account-token}
 * that names its ServiceAccount ({@code kubernetes.io/service-account.name}): a random token and
 * the namespace are written into {@code data}, so a client waiting for the token (such as {@code
 * cluster add} installing Argo CD's manager account) gets one. A real cluster does this moments
 * after the create; here it is part of the create.
 */
final class ServiceAccountTokens {
  static final String TYPE = "kubernetes.io/service-account-token";
  static final String ACCOUNT_ANNOTATION = "kubernetes.io/service-account.name";
  private final SecureRandom random = new SecureRandom();

  /** Issues the token of {@code secret}, in place, when it is a token Secret still without one. */
  void issue(ObjectNode secret) {
    if (!TYPE.equals(secret.path("type").asText())
        || secret.path("metadata").path("annotations").path(ACCOUNT_ANNOTATION).asText().isEmpty()
        || !secret.path("data").path("token").asText().isEmpty()) {
      return;
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = "sandbox." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ObjectNode data =
        secret.path("data").isObject() ? (ObjectNode) secret.get("data") : secret.putObject("data");
    data.put("token", encoded(token));
    data.put("namespace", encoded(secret.path("metadata").path("namespace").asText()));
  }

  private static String encoded(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
