package io.mooring.kube.discovery;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/** fabric8's address of a discovered type, so generic operations need no discovery of their own. */
public final class ResourceContexts {
  private ResourceContexts() {}

  public static ResourceDefinitionContext of(ApiResourceType type) {
    return new ResourceDefinitionContext.Builder()
        .withGroup(type.group())
        .withVersion(type.version())
        .withKind(type.kind())
        .withPlural(type.plural())
        .withNamespaced(type.namespaced())
        .build();
  }
}
