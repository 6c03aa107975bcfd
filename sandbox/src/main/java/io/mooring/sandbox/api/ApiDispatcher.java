package io.mooring.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.mooring.sandbox.api.ResourceType.Subresource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The sandbox's API server: answers discovery, then hands each resource request to fabric8's CRUD
 * store, adding what the store lacks — dryRun, the four patch types, server-side apply, the scale
 * subresource, status subresources of built-in kinds, namespace checks and deletion propagation.
 */
public final class ApiDispatcher extends Dispatcher {
  private final Store store;
  private final ResourceTypes types;
  private final Discovery discovery;
  private final ObjectDeleter deleter;
  private final CreateDefaults defaults = new CreateDefaults();
  private final Runnable afterDeletion;

  /**
   * @param afterDeletion called after anything was deleted or marked for deletion, and after an
   *     owned object was created, so the garbage collector can look for dependents and orphans
   */
  public ApiDispatcher(Store store, Runnable afterDeletion) {
    this.store = store;
    this.types = new ResourceTypes(store);
    this.discovery = new Discovery(types);
    this.deleter = new ObjectDeleter(store);
    this.afterDeletion = afterDeletion;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    try {
      return route(request);
    } catch (ApiException e) {
      return Responses.status(e);
    } catch (IllegalArgumentException e) {
      return Responses.status(new ApiException(400, "BadRequest", e.getMessage()));
    }
  }

  private MockResponse route(RecordedRequest request) {
    String rawPath = request.getPath();
    String method = request.getMethod().toUpperCase(java.util.Locale.ROOT);
    String path = rawPath.contains("?") ? rawPath.substring(0, rawPath.indexOf('?')) : rawPath;
    if (method.equals("GET")) {
      Optional<ObjectNode> document = discovery.document(path);
      if (document.isPresent()) {
        return Responses.json(200, document.get());
      }
    }
    Optional<ApiPath> parsed = ApiPath.parse(rawPath);
    if (parsed.isEmpty()) {
      throw new ApiException(
          404, "NotFound", "the server could not find the requested resource (" + path + ")");
    }
    ApiPath p = parsed.get();
    ResourceType type =
        types
            .byPlural(p.group(), p.version(), p.resource())
            .orElseThrow(
                () ->
                    new ApiException(
                        404,
                        "NotFound",
                        "the server could not find the requested resource: no type "
                            + p.resource()
                            + " in "
                            + p.groupVersion()));
    checkSubresource(p, type);
    String contentType = request.getHeader("Content-Type");
    if (contentType != null && contentType.contains("protobuf")) {
      throw new ApiException(
          415,
          "UnsupportedMediaType",
          "the sandbox reads JSON and YAML bodies only, not protobuf"
              + " (for kubectl, use `kubectl apply -f` or `kubectl create -f` instead of `kubectl create <kind>`)");
    }
    return switch (method) {
      case "GET" -> get(request, p);
      case "POST" -> create(request, p, type);
      case "PUT" -> replace(request, p, type);
      case "PATCH" -> patch(request, p, type);
      case "DELETE" -> delete(request, p);
      default -> throw new ApiException(405, "MethodNotAllowed", method + " is not supported");
    };
  }

  private static void checkSubresource(ApiPath p, ResourceType type) {
    if (p.subresource() == null) {
      return;
    }
    boolean known =
        (p.subresource().equals("status") && type.has(Subresource.STATUS))
            || (p.subresource().equals("scale") && type.has(Subresource.SCALE))
            || (p.subresource().equals("finalize") && type.kind().equals("Namespace"));
    if (!known) {
      throw new ApiException(
          404,
          "NotFound",
          type.plural() + " has no subresource \"" + p.subresource() + "\" in the sandbox");
    }
  }

  private MockResponse get(RecordedRequest request, ApiPath p) {
    if ("scale".equals(p.subresource())) {
      return Responses.json(200, ScaleSubresource.scaleOf(live(p)));
    }
    if (p.subresource() != null) {
      return Responses.json(200, live(p));
    }
    return store.forward(request);
  }

  private MockResponse create(RecordedRequest request, ApiPath p, ResourceType type) {
    if (p.name() != null) {
      throw new ApiException(405, "MethodNotAllowed", "POST is only allowed on a collection");
    }
    ObjectNode object = Json.parseObject(request.getUtf8Body());
    return created(p, type, object);
  }

  private MockResponse created(ApiPath p, ResourceType type, ObjectNode object) {
    if (type.namespaced()) {
      requireNamespaceOpen(
          p.namespace() != null ? p.namespace() : Json.text(object, "metadata.namespace"));
    }
    defaults.apply(type, object, p.namespace());
    String name = Json.text(object, "metadata.name");
    if (name == null || name.isEmpty()) {
      throw new ApiException(
          422, "Invalid", type.kind() + " is invalid: metadata.name: Required value");
    }
    String namespace = type.namespaced() ? Json.text(object, "metadata.namespace") : null;
    ApiPath collection =
        new ApiPath(p.group(), p.version(), namespace, p.resource(), name, null, p.query());
    MockResponse response =
        store.locked(
            () -> {
              if (store.get(collection.object()).isPresent()) {
                throw new ApiException(
                    409, "AlreadyExists", type.plural() + " \"" + name + "\" already exists");
              }
              if (p.isDryRun()) {
                return Responses.json(201, asIfStored(object));
              }
              ObjectNode stored =
                  Responses.bodyOf(store.create(collection.collection(), object), "create " + name);
              return Responses.json(201, stored);
            });
    if (!p.isDryRun() && object.path("metadata").path("ownerReferences").size() > 0) {
      // An owned object created after its owner was deleted (a controller racing the deletion)
      // is an orphan at birth: let the collector look, as a real cluster's would.
      afterDeletion.run();
    }
    return response;
  }

  private static ObjectNode asIfStored(ObjectNode object) {
    ObjectNode meta = Json.metadata(object);
    meta.put("uid", UUID.randomUUID().toString());
    meta.put("creationTimestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    meta.put("generation", 1);
    return object;
  }

  private void requireNamespaceOpen(String namespace) {
    if (namespace == null) {
      return;
    }
    ObjectNode ns =
        store
            .get("/api/v1/namespaces/" + namespace)
            .orElseThrow(
                () ->
                    new ApiException(
                        404, "NotFound", "namespaces \"" + namespace + "\" not found"));
    if (ns.path("metadata").has("deletionTimestamp")) {
      throw new ApiException(
          403,
          "Forbidden",
          "unable to create new content in namespace "
              + namespace
              + " because it is being terminated");
    }
  }

  private MockResponse replace(RecordedRequest request, ApiPath p, ResourceType type) {
    ObjectNode body = Json.parseObject(request.getUtf8Body());
    return store.locked(() -> write(p, type, live(p), body));
  }

  private MockResponse patch(RecordedRequest request, ApiPath p, ResourceType type) {
    Patches.Type patchType = Patches.Type.of(request.getHeader("Content-Type"));
    boolean builtIn = BuiltInResources.byKind(type.groupVersion(), type.kind()).isPresent();
    String body = request.getUtf8Body();
    return store.locked(
        () -> {
          Optional<ObjectNode> live = store.get(p.object());
          if (live.isEmpty() && patchType == Patches.Type.APPLY_PATCH && p.subresource() == null) {
            return created(p, type, Json.parseObject(body));
          }
          ObjectNode current = live.orElseThrow(() -> ApiException.notFound(p));
          ObjectNode target =
              "scale".equals(p.subresource()) ? ScaleSubresource.scaleOf(current) : current;
          ObjectNode patched = Patches.apply(patchType, target, body, builtIn);
          return write(p, type, current, patched);
        });
  }

  /** Stores the new state of an object (or of its status or scale); called under the lock. */
  private MockResponse write(ApiPath p, ResourceType type, ObjectNode live, ObjectNode updated) {
    checkResourceVersion(live, updated);
    if ("scale".equals(p.subresource())) {
      ObjectNode workload = live.deepCopy();
      ((ObjectNode) workload.path("spec")).put("replicas", ScaleSubresource.replicasOf(updated));
      ObjectNode stored =
          p.isDryRun() ? workload : Responses.bodyOf(store.replace(p.object(), workload), "scale");
      return Responses.json(200, ScaleSubresource.scaleOf(stored));
    }
    ObjectNode result;
    if ("status".equals(p.subresource())) {
      result = live.deepCopy();
      setOrRemove(result, "status", updated.get("status"));
    } else {
      result = updated;
      if (type.has(Subresource.STATUS)
          && BuiltInResources.byKind(type.groupVersion(), type.kind()).isPresent()) {
        setOrRemove(result, "status", live.get("status"));
      }
      keepIdentity(live, result);
      if ("Secret".equals(type.kind())) {
        SecretStringData.fold(result);
      }
    }
    Json.metadata(result).set("resourceVersion", live.path("metadata").get("resourceVersion"));
    if (p.isDryRun()) {
      return Responses.json(200, result);
    }
    String path = "status".equals(p.subresource()) ? p.object() + "/status" : p.object();
    ObjectNode stored = Responses.bodyOr(store.replace(path, result), result, "update " + p.name());
    if (live.path("metadata").has("deletionTimestamp")) {
      afterDeletion.run();
    }
    return Responses.json(200, stored);
  }

  private static void checkResourceVersion(ObjectNode live, ObjectNode updated) {
    String wanted = Json.text(updated, "metadata.resourceVersion");
    String actual = Json.text(live, "metadata.resourceVersion");
    if (wanted != null
        && !wanted.isEmpty()
        && !wanted.equals(actual)
        && !"Scale".equals(Json.text(updated, "kind"))) {
      throw new ApiException(
          409,
          "Conflict",
          "Operation cannot be fulfilled on "
              + Json.text(live, "kind")
              + " \""
              + Json.text(live, "metadata.name")
              + "\": the object has been modified; please apply your changes to the latest version and try again");
    }
  }

  private static void keepIdentity(ObjectNode live, ObjectNode result) {
    ObjectNode meta = Json.metadata(result);
    for (String field :
        new String[] {"uid", "creationTimestamp", "name", "namespace", "deletionTimestamp"}) {
      JsonNode value = live.path("metadata").get(field);
      if (value != null) {
        meta.set(field, value);
      }
    }
  }

  private static void setOrRemove(ObjectNode object, String field, JsonNode value) {
    if (value == null || value.isNull()) {
      object.remove(field);
    } else {
      object.set(field, value.deepCopy());
    }
  }

  private MockResponse delete(RecordedRequest request, ApiPath p) {
    if (p.name() == null) {
      MockResponse response = store.locked(() -> store.forward(request));
      afterDeletion.run();
      return response;
    }
    String body = request.getUtf8Body();
    JsonNode options = body == null || body.isBlank() ? null : Json.parse(body);
    Propagation propagation = Propagation.of(p.query().get("propagationPolicy"), options);
    if (p.isDryRun() || (options != null && options.path("dryRun").toString().contains("All"))) {
      return Responses.json(200, live(p));
    }
    ObjectNode result =
        deleter.delete(p.object(), propagation).orElseThrow(() -> ApiException.notFound(p));
    afterDeletion.run();
    return Responses.json(200, result);
  }

  private ObjectNode live(ApiPath p) {
    return store.get(p.object()).orElseThrow(() -> ApiException.notFound(p));
  }
}
