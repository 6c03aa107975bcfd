package io.mooring.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.sandbox.api.ResourceType.Subresource;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The discovery documents kubectl and client libraries read first: /version, /api, /apis, and the
 * resource list of each group/version, built from the types served at the time of the request. The
 * OpenAPI v3 documents are served without schemas (see {@link OpenApiIndex}).
 */
public final class Discovery {
  /** The Kubernetes version the sandbox claims to be. */
  public static final String MAJOR = "1";

  public static final String MINOR = "32";

  private final ResourceTypes types;
  private final OpenApiIndex openApi;

  public Discovery(ResourceTypes types) {
    this.types = types;
    this.openApi = new OpenApiIndex(types);
  }

  /** The document for a discovery path, or empty when the path is not a discovery path. */
  public Optional<ObjectNode> document(String path) {
    String clean = path.replaceAll("/+$", "");
    List<String> parts = List.of(clean.substring(1).split("/"));
    if (clean.equals("/version")) {
      return Optional.of(version());
    }
    if (clean.equals("/api")) {
      return Optional.of(coreVersions());
    }
    if (clean.equals("/apis")) {
      return Optional.of(groupList());
    }
    if (clean.startsWith("/openapi/v3")) {
      return openApi.document(clean);
    }
    if (parts.size() == 2 && parts.get(0).equals("api")) {
      return resourceList("", parts.get(1));
    }
    if (parts.size() == 2 && parts.get(0).equals("apis")) {
      return group(parts.get(1));
    }
    if (parts.size() == 3 && parts.get(0).equals("apis")) {
      return resourceList(parts.get(1), parts.get(2));
    }
    return Optional.empty();
  }

  private static ObjectNode version() {
    ObjectNode v = Json.MAPPER.createObjectNode();
    v.put("major", MAJOR);
    v.put("minor", MINOR);
    v.put("gitVersion", "v" + MAJOR + "." + MINOR + ".0-mooring-sandbox");
    v.put("gitCommit", "0000000000000000000000000000000000000000");
    v.put("gitTreeState", "clean");
    v.put("buildDate", "2025-01-01T00:00:00Z");
    v.put("goVersion", "n/a (Java sandbox)");
    v.put("compiler", "n/a");
    v.put("platform", "java/sandbox");
    return v;
  }

  private static ObjectNode coreVersions() {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("kind", "APIVersions");
    doc.putArray("versions").add("v1");
    ObjectNode cidr = doc.putArray("serverAddressByClientCIDRs").addObject();
    cidr.put("clientCIDR", "0.0.0.0/0");
    cidr.put("serverAddress", "127.0.0.1");
    return doc;
  }

  private ObjectNode groupList() {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("kind", "APIGroupList");
    doc.put("apiVersion", "v1");
    ArrayNode groups = doc.putArray("groups");
    versionsByGroup()
        .forEach(
            (group, versions) -> {
              if (!group.isEmpty()) {
                groups.add(groupDoc(group, versions));
              }
            });
    return doc;
  }

  private Optional<ObjectNode> group(String group) {
    Set<String> versions = versionsByGroup().get(group);
    if (versions == null) {
      return Optional.empty();
    }
    ObjectNode doc = groupDoc(group, versions);
    doc.put("kind", "APIGroup");
    doc.put("apiVersion", "v1");
    return Optional.of(doc);
  }

  private static ObjectNode groupDoc(String group, Set<String> versions) {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("name", group);
    ArrayNode list = doc.putArray("versions");
    for (String version : versions) {
      ObjectNode v = list.addObject();
      v.put("groupVersion", group + "/" + version);
      v.put("version", version);
    }
    ObjectNode preferred = doc.putObject("preferredVersion");
    String first = versions.iterator().next();
    preferred.put("groupVersion", group + "/" + first);
    preferred.put("version", first);
    return doc;
  }

  private Map<String, Set<String>> versionsByGroup() {
    Map<String, Set<String>> byGroup = new LinkedHashMap<>();
    for (ResourceType type : types.all()) {
      byGroup.computeIfAbsent(type.group(), g -> new LinkedHashSet<>()).add(type.version());
    }
    return byGroup;
  }

  private Optional<ObjectNode> resourceList(String group, String version) {
    List<ResourceType> served =
        types.all().stream()
            .filter(t -> t.group().equals(group) && t.version().equals(version))
            .toList();
    if (served.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("kind", "APIResourceList");
    doc.put("apiVersion", "v1");
    doc.put("groupVersion", group.isEmpty() ? version : group + "/" + version);
    ArrayNode resources = doc.putArray("resources");
    for (ResourceType type : served) {
      ObjectNode r = resources.addObject();
      r.put("name", type.plural());
      r.put("singularName", type.singular());
      r.put("namespaced", type.namespaced());
      r.put("kind", type.kind());
      ArrayNode verbs = r.putArray("verbs");
      ResourceType.VERBS.forEach(verbs::add);
      if (!type.shortNames().isEmpty()) {
        ArrayNode shortNames = r.putArray("shortNames");
        type.shortNames().forEach(shortNames::add);
      }
      if (!type.categories().isEmpty()) {
        ArrayNode categories = r.putArray("categories");
        type.categories().forEach(categories::add);
      }
      if (type.has(Subresource.STATUS)) {
        subresource(resources, type, "status", type.kind(), null);
      }
      if (type.has(Subresource.SCALE)) {
        subresource(resources, type, "scale", "Scale", "autoscaling");
      }
    }
    return Optional.of(doc);
  }

  private static void subresource(
      ArrayNode resources, ResourceType type, String name, String kind, String group) {
    ObjectNode r = resources.addObject();
    r.put("name", type.plural() + "/" + name);
    r.put("singularName", "");
    r.put("namespaced", type.namespaced());
    if (group != null) {
      r.put("group", group);
      r.put("version", "v1");
    }
    r.put("kind", kind);
    r.putArray("verbs").add("get").add("patch").add("update");
  }
}
