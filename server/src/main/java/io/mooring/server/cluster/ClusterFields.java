package io.mooring.server.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.model.ModelCodec;
import io.mooring.server.http.ApiException;
import io.mooring.server.secrets.SecretTypes;
import io.mooring.server.secrets.StoredSecret;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Argo CD's cluster fields, between their JSON shape in the API ({@code server}, {@code name},
 * {@code config {username, password, bearerToken, tlsClientConfig {insecure, serverName, caData,
 * certData, keyData}, execProviderConfig, awsAuthConfig, proxyUrl, disableCompression}}, {@code
 * namespaces}, {@code clusterResources}, {@code project}, {@code shard}, {@code labels}, {@code
 * annotations}) and a cluster Secret (data keys server, name, config as JSON, namespaces
 * comma-separated, clusterResources, project, shard; labels and annotations on the Secret). Views
 * leave out password, bearerToken, keyData and the exec provider's args and env. Pure.
 */
public final class ClusterFields {
  private static final Set<String> READ_ONLY =
      Set.of("connectionState", "serverVersion", "info", "refreshRequestedAt", "id");
  private static final Set<String> CONFIG_TEXT =
      Set.of("username", "password", "bearerToken", "proxyUrl");
  private static final Set<String> CONFIG_OBJECTS =
      Set.of("tlsClientConfig", "awsAuthConfig", "execProviderConfig");
  private static final Set<String> TLS_TEXT = Set.of("serverName", "caData", "certData", "keyData");
  private static final Set<String> HIDDEN_ANNOTATIONS =
      Set.of(SecretTypes.MANAGED_BY, "kubectl.kubernetes.io/last-applied-configuration");

  private ClusterFields() {}

  /**
   * What a cluster Secret holds.
   *
   * @param data its data (credentials inside {@code config})
   * @param labels the cluster's labels
   * @param annotations the cluster's annotations
   */
  public record Content(
      Map<String, String> data, Map<String, String> labels, Map<String, String> annotations) {}

  /** The Secret content a request body describes; 400 naming the field when it is wrong. */
  public static Content fromJson(JsonNode body) {
    Map<String, String> data = new LinkedHashMap<>();
    Map<String, String> labels = Map.of();
    Map<String, String> annotations = Map.of();
    var fields = body.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (value.isNull() || READ_ONLY.contains(name)) {
        continue;
      }
      switch (name) {
        case "server", "name", "project" -> putText(data, name, text(name, value).trim());
        case "config" -> data.put("config", config(value));
        case "namespaces" -> putText(data, name, String.join(",", strings(name, value)));
        case "clusterResources" -> data.put(name, Boolean.toString(bool(name, value)));
        case "shard" -> data.put(name, Long.toString(number(name, value)));
        case "labels" -> labels = stringMap(name, value);
        case "annotations" -> annotations = stringMap(name, value);
        default -> throw ApiException.invalid("field '" + name + "' is not a field of a cluster");
      }
    }
    checkServer(data.get("server"));
    data.putIfAbsent("config", "{}");
    return new Content(data, labels, annotations);
  }

  /** The JSON view of a cluster Secret, without any credential. */
  public static ObjectNode view(StoredSecret secret) {
    Map<String, String> data = secret.data();
    ObjectNode view = ModelCodec.jsonMapper().createObjectNode();
    String server = server(data);
    view.put("server", server);
    view.put("name", name(data));
    view.set("config", sanitizedConfig(data.getOrDefault("config", "")));
    List<String> namespaces = namespaces(data);
    if (!namespaces.isEmpty()) {
      namespaces.forEach(view.putArray("namespaces")::add);
    }
    if (Boolean.parseBoolean(data.getOrDefault("clusterResources", "false"))) {
      view.put("clusterResources", true);
    }
    putIfPresent(view, "project", data.get("project"));
    String shard = data.getOrDefault("shard", "");
    if (shard.matches("\\d+")) {
      view.put("shard", Long.parseLong(shard));
    }
    Map<String, String> labels = new TreeMap<>(secret.labels());
    labels.remove(SecretTypes.LABEL);
    if (!labels.isEmpty()) {
      view.set("labels", ModelCodec.jsonMapper().valueToTree(labels));
    }
    Map<String, String> annotations = new TreeMap<>(secret.annotations());
    HIDDEN_ANNOTATIONS.forEach(annotations::remove);
    if (!annotations.isEmpty()) {
      view.set("annotations", ModelCodec.jsonMapper().valueToTree(annotations));
    }
    return view;
  }

  /** The view of the local cluster when no Secret registers it. */
  public static ObjectNode localView() {
    ObjectNode view = ModelCodec.jsonMapper().createObjectNode();
    view.put("server", ClusterCatalog.IN_CLUSTER_SERVER);
    view.put("name", ClusterCatalog.IN_CLUSTER_NAME);
    view.putObject("config").putObject("tlsClientConfig").put("insecure", false);
    return view;
  }

  /** The server URL of cluster Secret data, without a trailing slash. */
  public static String server(Map<String, String> data) {
    return data.getOrDefault("server", "").trim().replaceAll("/+$", "");
  }

  /** The name of cluster Secret data: its own, else the server URL (in-cluster for the local). */
  public static String name(Map<String, String> data) {
    String name = data.getOrDefault("name", "");
    if (!name.isBlank()) {
      return name;
    }
    String server = server(data);
    return server.equals(ClusterCatalog.IN_CLUSTER_SERVER)
        ? ClusterCatalog.IN_CLUSTER_NAME
        : server;
  }

  /** The namespaces a cluster Secret limits Mooring to; empty for all. */
  public static List<String> namespaces(Map<String, String> data) {
    String text = data.getOrDefault("namespaces", "");
    return text.isBlank()
        ? List.of()
        : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static ObjectNode sanitizedConfig(String json) {
    ObjectNode config = ModelCodec.jsonMapper().createObjectNode();
    JsonNode stored;
    try {
      stored = json.isBlank() ? config : ModelCodec.jsonMapper().readTree(json);
    } catch (JsonProcessingException e) {
      return config;
    }
    if (stored == null || !stored.isObject()) {
      return config;
    }
    putIfPresent(config, "username", stored.path("username").asText(null));
    putIfPresent(config, "proxyUrl", stored.path("proxyUrl").asText(null));
    if (stored.path("disableCompression").asBoolean(false)) {
      config.put("disableCompression", true);
    }
    JsonNode tls = stored.path("tlsClientConfig");
    ObjectNode shownTls = config.putObject("tlsClientConfig");
    shownTls.put("insecure", tls.path("insecure").asBoolean(false));
    for (String key : List.of("serverName", "caData", "certData")) {
      putIfPresent(shownTls, key, tls.path(key).asText(null));
    }
    if (stored.path("awsAuthConfig").isObject()) {
      config.set("awsAuthConfig", stored.get("awsAuthConfig"));
    }
    JsonNode exec = stored.path("execProviderConfig");
    if (exec.isObject()) {
      ObjectNode shownExec = config.putObject("execProviderConfig");
      for (String key : List.of("command", "apiVersion", "installHint")) {
        putIfPresent(shownExec, key, exec.path(key).asText(null));
      }
    }
    return config;
  }

  private static String config(JsonNode value) {
    if (!value.isObject()) {
      throw ApiException.invalid("field 'config' must be an object");
    }
    var fields = value.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      String name = field.getKey();
      JsonNode item = field.getValue();
      if (item.isNull()) {
        continue;
      }
      if (CONFIG_TEXT.contains(name)) {
        text("config." + name, item);
      } else if (CONFIG_OBJECTS.contains(name)) {
        if (!item.isObject()) {
          throw ApiException.invalid("field 'config." + name + "' must be an object");
        }
        if (name.equals("tlsClientConfig")) {
          tls(item);
        }
      } else if (name.equals("disableCompression")) {
        bool("config." + name, item);
      } else {
        throw ApiException.invalid(
            "field 'config." + name + "' is not a field of a cluster config");
      }
    }
    return value.toString();
  }

  private static void tls(JsonNode tls) {
    var fields = tls.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      String path = "config.tlsClientConfig." + field.getKey();
      if (field.getValue().isNull()) {
        continue;
      }
      if (field.getKey().equals("insecure")) {
        bool(path, field.getValue());
      } else if (TLS_TEXT.contains(field.getKey())) {
        text(path, field.getValue());
      } else {
        throw ApiException.invalid("field '" + path + "' is not a TLS client setting");
      }
    }
  }

  private static void checkServer(String server) {
    if (server == null || server.isBlank()) {
      throw ApiException.invalid("field 'server' is required: the cluster's API server URL");
    }
    URI uri;
    try {
      uri = URI.create(server);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("field 'server' is not a URL such as https://10.0.0.1:6443");
    }
    if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw ApiException.invalid("field 'server' is not a URL such as https://10.0.0.1:6443");
    }
  }

  private static void putText(Map<String, String> data, String key, String value) {
    if (!value.isEmpty()) {
      data.put(key, value);
    }
  }

  private static void putIfPresent(ObjectNode node, String key, String value) {
    if (value != null && !value.isEmpty()) {
      node.put(key, value);
    }
  }

  private static String text(String name, JsonNode value) {
    if (!value.isTextual()) {
      throw ApiException.invalid("field '" + name + "' must be a string");
    }
    return value.asText();
  }

  private static boolean bool(String name, JsonNode value) {
    if (!value.isBoolean()) {
      throw ApiException.invalid("field '" + name + "' must be true or false");
    }
    return value.asBoolean();
  }

  private static long number(String name, JsonNode value) {
    if (!value.isIntegralNumber()) {
      throw ApiException.invalid("field '" + name + "' must be a whole number");
    }
    return value.asLong();
  }

  private static List<String> strings(String name, JsonNode value) {
    if (!value.isArray()) {
      throw ApiException.invalid("field '" + name + "' must be a list of strings");
    }
    List<String> result = new ArrayList<>();
    for (JsonNode item : value) {
      result.add(text(name + "[" + result.size() + "]", item).trim());
    }
    return result;
  }

  private static Map<String, String> stringMap(String name, JsonNode value) {
    if (!value.isObject()) {
      throw ApiException.invalid("field '" + name + "' must be an object of strings");
    }
    Map<String, String> result = new LinkedHashMap<>();
    value
        .fields()
        .forEachRemaining(e -> result.put(e.getKey(), text(name + "." + e.getKey(), e.getValue())));
    return result;
  }
}
