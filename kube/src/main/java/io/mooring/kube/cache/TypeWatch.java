package io.mooring.kube.cache;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ReducedStateItemStore;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.kube.discovery.ApiResourceType;
import io.mooring.kube.discovery.ResourceContexts;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The informer (list + watch, all namespaces) of one resource type, feeding each added, changed or
 * deleted object, converted once to a Jackson tree, to the cache. It counts as synced only once
 * every object of the initial list has reached the cache, not merely the informer's store.
 */
final class TypeWatch implements AutoCloseable {
  /** Receives the informer's events. */
  interface Sink {
    void upsert(ObjectNode object);

    void delete(ResourceKey key);
  }

  private final ApiResourceType type;
  private final Sink sink;
  private final KubernetesSerialization serialization;
  private final SharedIndexInformer<GenericKubernetesResource> informer;
  private final CompletableFuture<Void> caughtUp = new CompletableFuture<>();
  private final Set<String> deliveredBeforeListed = new HashSet<>();
  private final Set<String> awaited = new HashSet<>();
  private boolean listed;

  private TypeWatch(KubernetesClient client, ApiResourceType type, Sink sink) {
    this.type = type;
    this.sink = sink;
    this.serialization = client.getKubernetesSerialization();
    this.informer =
        client
            .genericKubernetesResources(ResourceContexts.of(type))
            .inAnyNamespace()
            .runnableInformer(0);
    // The cache keeps each object once, as a Jackson tree; the informer keeps only keys and
    // resourceVersions, which is all it needs to tell updates and deletions apart.
    informer.itemStore(
        new ReducedStateItemStore<>(
            ReducedStateItemStore.NAME_KEY_STATE, GenericKubernetesResource.class, serialization));
    informer.addEventHandler(new Handler());
  }

  static TypeWatch start(KubernetesClient client, ApiResourceType type, Sink sink) {
    TypeWatch watch = new TypeWatch(client, type, sink);
    watch
        .informer
        .start()
        .whenComplete(
            (ok, failure) -> {
              if (failure != null) {
                watch.caughtUp.completeExceptionally(failure);
              } else {
                watch.listed();
              }
            });
    return watch;
  }

  ApiResourceType type() {
    return type;
  }

  boolean hasSynced() {
    return caughtUp.isDone() && !caughtUp.isCompletedExceptionally();
  }

  /** True when the initial list could not be read. */
  boolean hasFailed() {
    return caughtUp.isCompletedExceptionally();
  }

  /** Completes when the initial list has reached the cache (or fails when it could not be read). */
  CompletableFuture<Void> started() {
    return caughtUp;
  }

  @Override
  public void close() {
    informer.close();
  }

  private synchronized void listed() {
    listed = true;
    informer.getStore().listKeys().stream()
        .filter(key -> !deliveredBeforeListed.contains(key))
        .forEach(awaited::add);
    deliveredBeforeListed.clear();
    completeIfCaughtUp();
  }

  private synchronized void delivered(GenericKubernetesResource item) {
    if (caughtUp.isDone()) {
      return;
    }
    String key = Cache.metaNamespaceKeyFunc(item);
    if (listed) {
      awaited.remove(key);
      completeIfCaughtUp();
    } else {
      deliveredBeforeListed.add(key);
    }
  }

  private void completeIfCaughtUp() {
    if (listed && awaited.isEmpty()) {
      caughtUp.complete(null);
    }
  }

  private final class Handler implements ResourceEventHandler<GenericKubernetesResource> {
    @Override
    public void onAdd(GenericKubernetesResource item) {
      sink.upsert(serialization.convertValue(item, ObjectNode.class));
      delivered(item);
    }

    @Override
    public void onUpdate(GenericKubernetesResource before, GenericKubernetesResource after) {
      sink.upsert(serialization.convertValue(after, ObjectNode.class));
      delivered(after);
    }

    @Override
    public void onDelete(GenericKubernetesResource item, boolean finalStateUnknown) {
      sink.delete(
          new ResourceKey(
              type.group(),
              type.kind(),
              type.namespaced() ? item.getMetadata().getNamespace() : "",
              item.getMetadata().getName()));
      delivered(item);
    }
  }
}
