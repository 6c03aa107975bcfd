package io.mooring.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * A minimal OpenAPI v3 surface: an index of group/versions, and per group/version one PATCH
 * operation per kind that declares the {@code fieldValidation} parameter and no schemas. That is
 * what kubectl checks before sending {@code --validate} to the server instead of validating against
 * schemas itself; the sandbox then accepts any field (it does not validate).
 */
final class OpenApiIndex {
  private static final String PREFIX = "/openapi/v3";

  private final ResourceTypes types;

  OpenApiIndex(ResourceTypes types) {
    this.types = types;
  }

  Optional<ObjectNode> document(String path) {
    if (path.equals(PREFIX)) {
      return Optional.of(index());
    }
    if (!path.startsWith(PREFIX + "/")) {
      return Optional.empty();
    }
    String groupVersionPath = path.substring(PREFIX.length() + 1);
    List<ResourceType> served =
        types.all().stream().filter(t -> pathOf(t).equals(groupVersionPath)).toList();
    return served.isEmpty() ? Optional.empty() : Optional.of(groupVersionDocument(served));
  }

  private ObjectNode index() {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    ObjectNode paths = doc.putObject("paths");
    for (ResourceType type : types.all()) {
      paths.putObject(pathOf(type)).put("serverRelativeURL", PREFIX + "/" + pathOf(type));
    }
    return doc;
  }

  private static ObjectNode groupVersionDocument(List<ResourceType> served) {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("openapi", "3.0.0");
    doc.putObject("info")
        .put("title", "Mooring sandbox")
        .put("version", "v" + Discovery.MAJOR + "." + Discovery.MINOR);
    ObjectNode paths = doc.putObject("paths");
    for (ResourceType type : served) {
      String objectPath =
          "/"
              + pathOf(type)
              + (type.namespaced() ? "/namespaces/{namespace}/" : "/")
              + type.plural()
              + "/{name}";
      ObjectNode patch = paths.putObject(objectPath).putObject("patch");
      patch
          .putObject("x-kubernetes-group-version-kind")
          .put("group", type.group())
          .put("version", type.version())
          .put("kind", type.kind());
      ObjectNode parameter = patch.putArray("parameters").addObject();
      parameter.put("name", "fieldValidation");
      parameter.put("in", "query");
      parameter.putObject("schema").put("type", "string");
      patch.putObject("responses").putObject("200").put("description", "OK");
    }
    doc.putObject("components").putObject("schemas");
    return doc;
  }

  private static String pathOf(ResourceType type) {
    return type.group().isEmpty() ? "api/" + type.version() : "apis/" + type.groupVersion();
  }
}
