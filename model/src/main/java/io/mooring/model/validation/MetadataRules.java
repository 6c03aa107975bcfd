package io.mooring.model.validation;

import static io.mooring.model.validation.SourceRules.isBlank;

import io.mooring.model.ObjectMeta;

/** Rules for object metadata shared by Applications and AppProjects. */
final class MetadataRules {
  private MetadataRules() {}

  static void check(ObjectMeta metadata, ProblemList problems) {
    if (metadata == null || isBlank(metadata.name)) {
      problems.add("metadata.name", "is required");
      return;
    }
    String error = KubernetesNames.subdomainError(metadata.name);
    if (error != null) {
      problems.add("metadata.name", error);
    }
    if (!isBlank(metadata.namespace)) {
      String namespaceError = KubernetesNames.labelError(metadata.namespace);
      if (namespaceError != null) {
        problems.add("metadata.namespace", namespaceError);
      }
    }
  }
}
