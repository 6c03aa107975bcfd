package io.mooring.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.model.ModelCodec;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The cluster one kubeconfig context points at, as Argo CD's cluster {@code config}: the server
 * URL, then bearer token or basic auth, client certificate and key, CA and insecure flag (the
 * {@code *-data} fields as they are, file references read and base64-encoded). Pure: files are read
 * through the given function, which returns a file's content base64-encoded.
 *
 * @param server the cluster's URL
 * @param config {@code {bearerToken?, username?, password?, tlsClientConfig {insecure, caData?,
 *     certData?, keyData?, serverName?}}}
 * @param credentials whether config holds the user's credentials or a plugin provides them
 */
public record KubeconfigCluster(String server, ObjectNode config, Credentials credentials) {

  /** Where the credentials to store come from. */
  public enum Credentials {
    /** The context's user has a token, basic auth or a client certificate: they are in config. */
    IN_KUBECONFIG,
    /**
     * The user runs an exec or auth-provider plugin, whose short-lived answer cannot be stored:
     * config holds no credentials, and a service account's token must be put there.
     */
    FROM_PLUGIN
  }

  /** This cluster with {@code token} as its only credential (a service account's). */
  public KubeconfigCluster withServiceAccountToken(String token) {
    ObjectNode withToken = config.deepCopy();
    withToken.remove(List.of("bearerToken", "username", "password"));
    if (withToken.path("tlsClientConfig") instanceof ObjectNode tls) {
      tls.remove(List.of("certData", "keyData"));
    }
    ObjectNode ordered = ModelCodec.jsonMapper().createObjectNode().put("bearerToken", token);
    ordered.setAll(withToken);
    return new KubeconfigCluster(server, ordered, Credentials.IN_KUBECONFIG);
  }

  /**
   * The cluster of context {@code contextName} (the current context when null) in {@code text}.
   *
   * @param source the kubeconfig's name for messages
   * @param fileAsBase64 reads a file the kubeconfig references, base64-encoded
   * @throws IllegalArgumentException naming the kubeconfig, context and field when it cannot be
   *     used
   */
  public static KubeconfigCluster read(
      String source, String text, String contextName, UnaryOperator<String> fileAsBase64) {
    JsonNode kubeconfig;
    try {
      kubeconfig = ModelCodec.readYaml(text, JsonNode.class);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": not a kubeconfig: " + e.getMessage(), e);
    }
    if (kubeconfig == null || !kubeconfig.isObject()) {
      throw new IllegalArgumentException(source + ": not a kubeconfig (no YAML mapping)");
    }
    String name = contextName != null ? contextName : kubeconfig.path("current-context").asText("");
    if (name.isEmpty()) {
      throw new IllegalArgumentException(source + ": no current-context; name the CONTEXT to add");
    }
    JsonNode context = named(kubeconfig, "contexts", name, source).path("context");
    String where = source + ": context '" + name + "'";
    String clusterName = context.path("cluster").asText("");
    if (clusterName.isEmpty()) {
      throw new IllegalArgumentException(where + " names no cluster");
    }
    JsonNode cluster = named(kubeconfig, "clusters", clusterName, source).path("cluster");
    String server = cluster.path("server").asText("");
    if (server.isEmpty()) {
      throw new IllegalArgumentException(source + ": cluster '" + clusterName + "' has no server");
    }
    String userName = context.path("user").asText("");
    JsonNode user =
        userName.isEmpty()
            ? ModelCodec.jsonMapper().createObjectNode()
            : named(kubeconfig, "users", userName, source).path("user");
    ObjectNode config = ModelCodec.jsonMapper().createObjectNode();
    copyText(user, "token", config, "bearerToken");
    copyText(user, "username", config, "username");
    copyText(user, "password", config, "password");
    Credentials credentials =
        user.hasNonNull("exec") || user.hasNonNull("auth-provider")
            ? Credentials.FROM_PLUGIN
            : Credentials.IN_KUBECONFIG;
    ObjectNode tls = config.putObject("tlsClientConfig");
    tls.put("insecure", cluster.path("insecure-skip-tls-verify").asBoolean(false));
    copyText(cluster, "tls-server-name", tls, "serverName");
    data(cluster, "certificate-authority", tls, "caData", fileAsBase64);
    data(user, "client-certificate", tls, "certData", fileAsBase64);
    data(user, "client-key", tls, "keyData", fileAsBase64);
    return new KubeconfigCluster(server.replaceAll("/+$", ""), config, credentials);
  }

  private static JsonNode named(JsonNode kubeconfig, String list, String name, String source) {
    for (JsonNode entry : kubeconfig.path(list)) {
      if (name.equals(entry.path("name").asText())) {
        return entry;
      }
    }
    throw new IllegalArgumentException(source + ": no entry named '" + name + "' in " + list);
  }

  private static void copyText(JsonNode from, String field, ObjectNode to, String as) {
    String value = from.path(field).asText("");
    if (!value.isEmpty()) {
      to.put(as, value);
    }
  }

  /** {@code FIELD-data} as is, else the file {@code FIELD} names, base64-encoded. */
  private static void data(
      JsonNode from, String field, ObjectNode to, String as, UnaryOperator<String> fileAsBase64) {
    String inline = from.path(field + "-data").asText("");
    String file = from.path(field).asText("");
    if (!inline.isEmpty()) {
      to.put(as, inline);
    } else if (!file.isEmpty()) {
      to.put(as, fileAsBase64.apply(file));
    }
  }
}
