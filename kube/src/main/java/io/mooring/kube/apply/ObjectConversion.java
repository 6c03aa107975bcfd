package io.mooring.kube.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** Converts between Jackson trees and fabric8's generic resources, with the client's mapper. */
final class ObjectConversion {
  private final KubernetesSerialization serialization;

  ObjectConversion(KubernetesSerialization serialization) {
    this.serialization = serialization;
  }

  GenericKubernetesResource toResource(ObjectNode object) {
    return serialization.convertValue(object, GenericKubernetesResource.class);
  }

  /** The tree of {@code resource}, or null when {@code resource} is null. */
  ObjectNode toObject(GenericKubernetesResource resource) {
    return resource == null ? null : serialization.convertValue(resource, ObjectNode.class);
  }
}
