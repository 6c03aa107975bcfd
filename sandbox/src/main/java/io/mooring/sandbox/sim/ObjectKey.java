package io.mooring.sandbox.sim;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Namespace and name of an object: the unit of work of a controller. */
public record ObjectKey(String namespace, String name) {
  public static ObjectKey of(HasMetadata object) {
    return new ObjectKey(object.getMetadata().getNamespace(), object.getMetadata().getName());
  }

  @Override
  public String toString() {
    return namespace == null ? name : namespace + "/" + name;
  }
}
