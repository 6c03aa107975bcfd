package io.mooring.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import io.mooring.sandbox.api.ResourceType.Subresource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Every type the sandbox serves at this moment: the built-in table plus one type per served version
 * of each CustomResourceDefinition in the store.
 */
public final class ResourceTypes {
  private static final String CRDS = "/apis/apiextensions.k8s.io/v1/customresourcedefinitions";

  private static final String CRD_PLURAL = "customresourcedefinitions";

  private final Store store;
  private volatile CustomTypes cached = new CustomTypes(-1, List.of());

  public ResourceTypes(Store store) {
    this.store = store;
  }

  public List<ResourceType> all() {
    List<ResourceType> types = new ArrayList<>(BuiltInResources.all());
    types.addAll(customTypes());
    return types;
  }

  public Optional<ResourceType> byPlural(String group, String version, String plural) {
    return BuiltInResources.byPlural(group, version, plural)
        .or(
            () ->
                customTypes().stream()
                    .filter(t -> t.group().equals(group) && t.version().equals(version))
                    .filter(t -> t.plural().equals(plural))
                    .findFirst());
  }

  public Optional<ResourceType> byKind(String apiVersion, String kind) {
    return BuiltInResources.byKind(apiVersion, kind)
        .or(
            () ->
                customTypes().stream()
                    .filter(t -> t.groupVersion().equals(apiVersion) && t.kind().equals(kind))
                    .findFirst());
  }

  /**
   * The types defined by the CustomResourceDefinitions currently stored; read again only after a
   * CustomResourceDefinition changed (reading them lists the store).
   */
  public List<ResourceType> customTypes() {
    long revision = store.changes(CRD_PLURAL);
    CustomTypes current = cached;
    if (current.revision() == revision) {
      return current.types();
    }
    List<ResourceType> types = readCustomTypes();
    cached = new CustomTypes(revision, types);
    return types;
  }

  private List<ResourceType> readCustomTypes() {
    MockResponse response = store.call(HttpMethod.GET, CRDS, null, null);
    if (response.code() != 200 || response.getBody() == null) {
      return List.of();
    }
    List<ResourceType> types = new ArrayList<>();
    for (JsonNode crd : Json.parse(response.getBody().readUtf8()).path("items")) {
      types.addAll(typesOf((ObjectNode) crd));
    }
    return List.copyOf(types);
  }

  /** The custom types as read after {@code revision} changes to CustomResourceDefinitions. */
  private record CustomTypes(long revision, List<ResourceType> types) {}

  /** The types one CustomResourceDefinition defines, one per served version. */
  static List<ResourceType> typesOf(ObjectNode crd) {
    JsonNode spec = crd.path("spec");
    JsonNode names = spec.path("names");
    List<String> shortNames = texts(names.path("shortNames"));
    List<String> categories = texts(names.path("categories"));
    boolean namespaced = !"Cluster".equals(spec.path("scope").asText());
    List<ResourceType> types = new ArrayList<>();
    for (JsonNode version : spec.path("versions")) {
      if (!version.path("served").asBoolean(true)) {
        continue;
      }
      EnumSet<Subresource> subresources = EnumSet.noneOf(Subresource.class);
      if (version.path("subresources").has("status")) {
        subresources.add(Subresource.STATUS);
      }
      if (version.path("subresources").has("scale")) {
        subresources.add(Subresource.SCALE);
      }
      types.add(
          new ResourceType(
              spec.path("group").asText(),
              version.path("name").asText(),
              names.path("kind").asText(),
              names.path("plural").asText(),
              namespaced,
              shortNames,
              categories,
              subresources));
    }
    return types;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
