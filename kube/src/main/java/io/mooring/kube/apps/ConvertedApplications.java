package io.mooring.kube.apps;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.mooring.model.Application;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stored Applications turned into the model once per resourceVersion: a list of thousands of apps
 * converts only those that changed since the previous list (converting a busy app costs a tree copy
 * and a validated bind, ~0.3 ms each). The objects handed out are shared by every caller and must
 * not be modified. Resources without a resourceVersion (never stored) are converted each time. Safe
 * for concurrent callers.
 */
final class ConvertedApplications {
  private record Converted(String resourceVersion, Optional<Application> application) {}

  private final Map<String, Converted> byName = new ConcurrentHashMap<>();

  /** The model of each of {@code stored}, in order; unreadable ones are left out. */
  List<Application> of(List<GenericKubernetesResource> stored) {
    List<Application> applications = new ArrayList<>(stored.size());
    Set<String> present = new HashSet<>();
    for (GenericKubernetesResource resource : stored) {
      String name = resource.getMetadata() == null ? null : resource.getMetadata().getName();
      String version =
          resource.getMetadata() == null ? null : resource.getMetadata().getResourceVersion();
      if (name == null || version == null) {
        ApplicationClient.toApplication(resource).ifPresent(applications::add);
        continue;
      }
      present.add(name);
      Converted converted = byName.get(name);
      if (converted == null || !converted.resourceVersion().equals(version)) {
        converted = new Converted(version, ApplicationClient.toApplication(resource));
        byName.put(name, converted);
      }
      converted.application().ifPresent(applications::add);
    }
    if (byName.size() > present.size()) {
      byName.keySet().retainAll(present);
    }
    return applications;
  }
}
