package io.mooring.kube.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.mooring.kube.discovery.ApiResourceType;

/**
 * One object's address on one cluster: its type (as discovered), namespace ("" when cluster scoped)
 * and name, with the fabric8 operations to reach it.
 */
record ResourceHandle(
    ApiResourceType type,
    String namespace,
    String name,
    MixedOperation<
            GenericKubernetesResource,
            GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>>
        operation) {

  /** The operations scoped to this object's namespace (or cluster-wide for cluster types). */
  NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      scoped() {
    return type.namespaced() ? operation.inNamespace(namespace) : operation;
  }

  /** The object itself, by name. */
  Resource<GenericKubernetesResource> resource() {
    return scoped().withName(name);
  }

  /** The object given as {@code item}, in this handle's scope. */
  Resource<GenericKubernetesResource> resource(GenericKubernetesResource item) {
    return scoped().resource(item);
  }

  /** {@code group/Kind/namespace/name}, for messages. */
  String describe() {
    return type.group() + "/" + type.kind() + "/" + namespace + "/" + name;
  }
}
