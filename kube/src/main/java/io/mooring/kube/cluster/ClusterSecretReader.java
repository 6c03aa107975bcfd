package io.mooring.kube.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.mooring.engine.resource.Annotations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a cluster registered the Argo CD way: a Secret labelled {@code
 * argocd.argoproj.io/secret-type: cluster} with data keys {@code name}, {@code server} and {@code
 * config} (JSON: bearerToken, username, password, tlsClientConfig {insecure, caData, certData,
 * keyData, serverName}). Errors name the Secret and the field, never a value.
 */
public final class ClusterSecretReader {
  /** The label that marks cluster Secrets, and its value. */
  public static final String SECRET_TYPE_LABEL = Annotations.SECRET_TYPE_LABEL;

  public static final String SECRET_TYPE_CLUSTER = "cluster";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ClusterSecretReader() {}

  /** The cluster the Secret registers. */
  public static ClusterTarget read(Secret secret) {
    String where =
        "cluster secret "
            + secret.getMetadata().getNamespace()
            + "/"
            + secret.getMetadata().getName();
    String server = trimSlash(field(secret, "server", where));
    if (server == null || server.isBlank()) {
      throw new InvalidClusterSecretException(where + ": data.server is missing");
    }
    String name = field(secret, "name", where);
    JsonNode config = config(field(secret, "config", where), where);
    return new ClusterTarget(
        name == null || name.isBlank() ? server : name,
        server,
        clientConfig(server, config),
        String.valueOf(secret.getMetadata().getResourceVersion()));
  }

  static String trimSlash(String server) {
    return server == null ? null : server.trim().replaceAll("/+$", "");
  }

  private static Config clientConfig(String server, JsonNode config) {
    JsonNode tls = config.path("tlsClientConfig");
    boolean insecure = tls.path("insecure").asBoolean(false);
    ConfigBuilder builder =
        new ConfigBuilder(Config.empty())
            .withMasterUrl(server)
            .withTrustCerts(insecure)
            .withDisableHostnameVerification(insecure);
    text(config, "bearerToken").ifPresent(builder::withOauthToken);
    text(config, "username").ifPresent(builder::withUsername);
    text(config, "password").ifPresent(builder::withPassword);
    text(tls, "caData").ifPresent(builder::withCaCertData);
    text(tls, "certData").ifPresent(builder::withClientCertData);
    text(tls, "keyData").ifPresent(builder::withClientKeyData);
    text(tls, "serverName").ifPresent(builder::withTlsServerName);
    return builder.build();
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() || value.asText().isEmpty()
        ? Optional.empty()
        : Optional.of(value.asText());
  }

  private static JsonNode config(String text, String where) {
    if (text == null || text.isBlank()) {
      return MAPPER.createObjectNode();
    }
    try {
      JsonNode config = MAPPER.readTree(text);
      if (!config.isObject()) {
        throw new InvalidClusterSecretException(where + ": data.config is not a JSON object");
      }
      return config;
    } catch (IOException e) {
      // The parser's message may quote the content: do not pass it on.
      throw new InvalidClusterSecretException(where + ": data.config is not valid JSON");
    }
  }

  private static String field(Secret secret, String key, String where) {
    Map<String, String> stringData = secret.getStringData();
    if (stringData != null && stringData.containsKey(key)) {
      return stringData.get(key);
    }
    Map<String, String> data = secret.getData();
    if (data == null || !data.containsKey(key)) {
      return null;
    }
    try {
      return new String(Base64.getDecoder().decode(data.get(key)), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidClusterSecretException(where + ": data." + key + " is not valid base64");
    }
  }
}
