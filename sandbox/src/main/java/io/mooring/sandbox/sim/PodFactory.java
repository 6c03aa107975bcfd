package io.mooring.sandbox.sim;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.HashMap;
import java.util.Map;

/** Makes the pod a workload controller creates from its template. */
final class PodFactory {
  private PodFactory() {}

  /**
   * A pod from the owner's template, with extra labels, named {@code name} or, when name is null,
   * generated from {@code owner-name-}. A template without {@code restartPolicy} gives a pod with
   * {@code Always}, as a real API server defaults the template (Pod health reads it).
   */
  static Pod fromTemplate(
      HasMetadata owner, PodTemplateSpec template, String name, Map<String, String> extraLabels) {
    Map<String, String> labels = new HashMap<>();
    if (template.getMetadata() != null && template.getMetadata().getLabels() != null) {
      labels.putAll(template.getMetadata().getLabels());
    }
    labels.putAll(extraLabels);
    Map<String, String> annotations =
        template.getMetadata() == null || template.getMetadata().getAnnotations() == null
            ? Map.of()
            : template.getMetadata().getAnnotations();
    ObjectMetaBuilder meta =
        new ObjectMetaBuilder()
            .withNamespace(owner.getMetadata().getNamespace())
            .withLabels(labels)
            .withAnnotations(new HashMap<>(annotations))
            .withOwnerReferences(Owners.controllerRef(owner));
    if (name == null) {
      meta.withGenerateName(owner.getMetadata().getName() + "-");
    } else {
      meta.withName(name);
    }
    PodSpec spec =
        template.getSpec() == null ? null : new PodSpecBuilder(template.getSpec()).build();
    if (spec != null && spec.getRestartPolicy() == null) {
      spec.setRestartPolicy("Always");
    }
    return new PodBuilder().withMetadata(meta.build()).withSpec(spec).build();
  }
}
