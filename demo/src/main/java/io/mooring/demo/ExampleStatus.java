package io.mooring.demo;

import io.mooring.model.Application;
import io.mooring.model.ResourceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether the example apps have all settled: the app-of-apps root and every Application it manages
 * exist and are Synced and Healthy. Pure: reads Applications, no I/O.
 */
final class ExampleStatus {
  private ExampleStatus() {}

  /** The names of the root and its children when all are Synced and Healthy; else empty. */
  static Optional<List<String>> settled(String root, List<Application> applications) {
    Map<String, Application> byName =
        applications.stream()
            .collect(Collectors.toMap(a -> a.metadata.name, Function.identity(), (a, b) -> b));
    Application rootApp = byName.get(root);
    if (rootApp == null || !syncedAndHealthy(rootApp)) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>(List.of(root));
    for (String child : children(rootApp)) {
      Application app = byName.get(child);
      if (app == null || !syncedAndHealthy(app)) {
        return Optional.empty();
      }
      names.add(child);
    }
    return Optional.of(names);
  }

  private static List<String> children(Application root) {
    List<ResourceStatus> resources =
        root.status.resources == null ? List.of() : root.status.resources;
    return resources.stream()
        .filter(r -> "Application".equals(r.kind) && "argoproj.io".equals(r.group))
        .map(r -> r.name)
        .sorted()
        .toList();
  }

  private static boolean syncedAndHealthy(Application app) {
    return app.status != null
        && app.status.sync != null
        && "Synced".equals(app.status.sync.status)
        && app.status.health != null
        && "Healthy".equals(app.status.health.status)
        && (app.operation == null);
  }
}
