package io.mooring.sandbox.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Kubernetes REST path taken apart: {@code /apis/apps/v1/namespaces/ns/deployments/web/scale?x=y}
 * gives group apps, version v1, namespace ns, resource deployments, name web, subresource scale.
 */
public record ApiPath(
    String group,
    String version,
    String namespace,
    String resource,
    String name,
    String subresource,
    Map<String, String> query) {

  /** Parses a request path (with its query string); empty when it is not a resource path. */
  public static Optional<ApiPath> parse(String rawPath) {
    int q = rawPath.indexOf('?');
    String path = q < 0 ? rawPath : rawPath.substring(0, q);
    Map<String, String> query = q < 0 ? Map.of() : parseQuery(rawPath.substring(q + 1));
    List<String> parts = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    String group;
    int rest;
    if (parts.size() >= 2 && parts.get(0).equals("api")) {
      group = "";
      rest = 2;
    } else if (parts.size() >= 3 && parts.get(0).equals("apis")) {
      group = parts.get(1);
      rest = 3;
    } else {
      return Optional.empty();
    }
    String version = parts.get(rest - 1);
    List<String> tail = parts.subList(rest, parts.size());
    String namespace = null;
    boolean namespaceSubresource =
        tail.size() == 3 && Set.of("status", "finalize").contains(tail.get(2));
    if (tail.size() >= 3 && tail.get(0).equals("namespaces") && !namespaceSubresource) {
      namespace = tail.get(1);
      tail = tail.subList(2, tail.size());
    }
    if (tail.isEmpty() || tail.size() > 3) {
      return Optional.empty();
    }
    return Optional.of(
        new ApiPath(
            group,
            version,
            namespace,
            tail.get(0),
            tail.size() > 1 ? tail.get(1) : null,
            tail.size() > 2 ? tail.get(2) : null,
            query));
  }

  /** The path of one object of a given type. */
  public static String objectPath(ResourceType type, String namespace, String name) {
    return collectionPath(type, namespace) + "/" + name;
  }

  /** The path of a type's collection, in one namespace when the type is namespaced. */
  public static String collectionPath(ResourceType type, String namespace) {
    String prefix =
        type.group().isEmpty() ? "/api/" + type.version() : "/apis/" + type.groupVersion();
    if (type.namespaced() && namespace != null) {
      prefix += "/namespaces/" + namespace;
    }
    return prefix + "/" + type.plural();
  }

  /** group/version as it appears in apiVersion. */
  public String groupVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** This path with no name, subresource or query: the collection the object lives in. */
  public String collection() {
    String prefix = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
    return prefix + (namespace == null ? "" : "/namespaces/" + namespace) + "/" + resource;
  }

  /** This path without subresource or query. */
  public String object() {
    return collection() + "/" + name;
  }

  public boolean isDryRun() {
    return "All".equals(query.get("dryRun"));
  }

  public boolean isWatch() {
    return "true".equals(query.get("watch")) || "1".equals(query.get("watch"));
  }

  private static Map<String, String> parseQuery(String queryString) {
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : queryString.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      query.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return Map.copyOf(query);
  }
}
