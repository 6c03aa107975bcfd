package io.mooring.controller.project;

import io.mooring.controller.ports.ApplicationStore;
import io.mooring.controller.ports.LiveState;
import io.mooring.controller.ports.LiveState.ClusterUnavailable;
import io.mooring.controller.ports.LiveState.LiveObject;
import io.mooring.controller.ports.ProjectSource;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ResourceStatus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an Application's orphaned resources ({@link OrphanedResources}) from the destination
 * cluster's cache and the Applications known to the controller — no API calls.
 */
public final class OrphanFinder {
  private final LiveState live;
  private final ApplicationStore apps;
  private final ProjectSource projects;

  public OrphanFinder(LiveState live, ApplicationStore apps, ProjectSource projects) {
    this.live = live;
    this.apps = apps;
    this.projects = projects;
  }

  /**
   * The orphans of {@code app} under {@code project}, given the keys it manages; none when the
   * project does not monitor orphans or the app has no destination namespace.
   *
   * @throws ClusterUnavailable when the destination is unknown or its cache is not ready
   */
  public List<LiveObject> find(Application app, AppProject project, Set<ResourceKey> managed)
      throws ClusterUnavailable {
    String namespace = app.spec.destination == null ? null : app.spec.destination.namespace;
    if (!OrphanedResources.monitored(project) || namespace == null || namespace.isBlank()) {
      return List.of();
    }
    Map<String, Boolean> known = new HashMap<>();
    return OrphanedResources.find(
        new OrphanedResources.Search(
            app,
            project,
            live.resolvedDestination(app),
            managed,
            live.inNamespace(app, namespace),
            name -> known.computeIfAbsent(name, n -> apps.get(n).isPresent())));
  }

  /**
   * The orphans of {@code app} as its last comparison saw its resources (status.resources), for the
   * API's resource tree; none when its project is gone or does not monitor orphans.
   *
   * @throws ClusterUnavailable when the destination is unknown or its cache is not ready
   */
  public List<LiveObject> find(Application app) throws ClusterUnavailable {
    Optional<AppProject> project = projects.get(ProjectAdmission.projectName(app));
    if (project.isEmpty()) {
      return List.of();
    }
    Set<ResourceKey> managed = new HashSet<>(live.managedResources(app).keySet());
    List<ResourceStatus> resources =
        app.status == null || app.status.resources == null ? List.of() : app.status.resources;
    for (ResourceStatus resource : resources) {
      managed.add(
          new ResourceKey(
              resource.group == null ? "" : resource.group,
              resource.kind,
              resource.namespace == null ? "" : resource.namespace,
              resource.name));
    }
    return find(app, project.get(), managed);
  }
}
