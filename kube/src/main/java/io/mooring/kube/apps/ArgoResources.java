package io.mooring.kube.apps;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/** Where Argo CD's custom resources live in the Kubernetes API. */
final class ArgoResources {
  static final ResourceDefinitionContext APPLICATIONS = context("Application", "applications");
  static final ResourceDefinitionContext APP_PROJECTS = context("AppProject", "appprojects");

  private ArgoResources() {}

  private static ResourceDefinitionContext context(String kind, String plural) {
    return new ResourceDefinitionContext.Builder()
        .withGroup("argoproj.io")
        .withVersion("v1alpha1")
        .withKind(kind)
        .withPlural(plural)
        .withNamespaced(true)
        .build();
  }
}
