package io.mooring.kube.apply;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.discovery.ApiResourceCatalog;
import io.mooring.kube.error.KubeError;
import io.mooring.kube.error.KubeException;
import java.time.Duration;
import java.util.Map;

/**
 * {@link ResourceOperations} on one cluster through fabric8, addressing every type through the
 * cluster's discovered {@link ApiResourceCatalog} (so no per-call discovery requests).
 */
public final class Fabric8ResourceOperations implements ResourceOperations {
  private static final Duration RECREATE_TIMEOUT = Duration.ofMinutes(2);

  private final ResourceHandles handles;
  private final ApiWrites writes;
  private final ClientSideApply clientSide;
  private final ServerSideApply serverSide;

  public Fabric8ResourceOperations(KubernetesClient client, ApiResourceCatalog catalog) {
    this.handles = new ResourceHandles(client, catalog);
    this.writes = new ApiWrites(new ObjectConversion(client.getKubernetesSerialization()));
    this.clientSide = new ClientSideApply(writes);
    this.serverSide = new ServerSideApply(writes);
  }

  @Override
  public ApplyResult apply(ObjectNode desired, ApplyOptions options) {
    ResourceHandle handle = handles.of(desired);
    if (handle.name().isEmpty()) {
      return createGenerated(handle, desired, options);
    }
    ObjectNode live = writes.get(handle);
    try {
      return switch (options.strategy()) {
        case CLIENT_SIDE -> clientSide.apply(handle, desired, live, options);
        case SERVER_SIDE -> serverSide.apply(handle, desired, live, options);
        case REPLACE -> replace(handle, desired, live, options);
        case CREATE_ONLY ->
            live == null
                ? new ApplyResult.Created(
                    writes.create(handle, LastAppliedAnnotation.stamp(desired), options))
                : new ApplyResult.Unchanged(live);
      };
    } catch (KubeException e) {
      if (mayRecreate(e, live, options)) {
        return recreate(handle, desired, options);
      }
      throw e;
    }
  }

  @Override
  public DeleteOutcome delete(ResourceKey key, DeletePropagation propagation) {
    return writes.delete(handles.of(key), propagation);
  }

  @Override
  public ApplyResult ensureNamespace(
      String name, NamespaceMetadata metadata, ApplyOptions options) {
    ObjectNode namespace = JsonNodeFactory.instance.objectNode();
    namespace.put("apiVersion", "v1").put("kind", "Namespace");
    ObjectNode meta = namespace.putObject("metadata").put("name", name);
    putAll(meta, "labels", metadata.labels());
    putAll(meta, "annotations", metadata.annotations());
    boolean nothingManaged = metadata.labels().isEmpty() && metadata.annotations().isEmpty();
    return apply(
        namespace, nothingManaged ? options.withStrategy(ApplyStrategy.CREATE_ONLY) : options);
  }

  private ApplyResult createGenerated(
      ResourceHandle handle, ObjectNode desired, ApplyOptions options) {
    if (desired.path("metadata").path("generateName").asText("").isEmpty()) {
      throw new KubeException(
          KubeError.INVALID, handle.describe() + ": the manifest has no metadata.name");
    }
    return new ApplyResult.Created(writes.create(handle, desired, options));
  }

  private ApplyResult replace(
      ResourceHandle handle, ObjectNode desired, ObjectNode live, ApplyOptions options) {
    ObjectNode stamped = LastAppliedAnnotation.stamp(desired);
    if (live == null) {
      return new ApplyResult.Created(writes.create(handle, stamped, options));
    }
    ObjectNode metadata = stamped.withObjectProperty("metadata");
    metadata.set("resourceVersion", live.path("metadata").path("resourceVersion"));
    return new ApplyResult.Replaced(writes.update(handle, stamped, options));
  }

  private static boolean mayRecreate(KubeException e, ObjectNode live, ApplyOptions options) {
    return options.force()
        && live != null
        && options.strategy() != ApplyStrategy.SERVER_SIDE
        && (e.error() == KubeError.INVALID || e.error() == KubeError.CONFLICT);
  }

  /** Force=true: delete the object, wait until it is gone, and create it anew. */
  private ApplyResult recreate(ResourceHandle handle, ObjectNode desired, ApplyOptions options) {
    ObjectNode stamped = LastAppliedAnnotation.stamp(desired);
    if (options.dryRun()) {
      return new ApplyResult.Replaced(stamped);
    }
    writes.delete(handle, DeletePropagation.BACKGROUND);
    writes.awaitGone(handle, RECREATE_TIMEOUT);
    return new ApplyResult.Replaced(writes.create(handle, stamped, options));
  }

  private static void putAll(ObjectNode metadata, String field, Map<String, String> values) {
    if (!values.isEmpty()) {
      ObjectNode target = metadata.putObject(field);
      values.forEach(target::put);
    }
  }
}
