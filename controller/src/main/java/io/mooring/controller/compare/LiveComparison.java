package io.mooring.controller.compare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.controller.ports.LiveState;
import io.mooring.controller.ports.LiveState.ClusterUnavailable;
import io.mooring.controller.ports.LiveState.LiveObject;
import io.mooring.controller.ports.RenderedApp;
import io.mooring.controller.project.ResourcePermits;
import io.mooring.engine.resource.GroupKind;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Compares an Application's rendering with its destination cluster as the cache holds it (no API
 * calls), under its project: the live side is every object tracked to the app, plus the object at
 * each rendered key that is not (untracked, or tracked to another app — a shared resource, as Argo
 * CD reports it); resources the project does not permit are judged by {@link ResourcePermits}.
 */
public final class LiveComparison {
  private final LiveState live;
  private final AppComparer comparer;

  public LiveComparison(LiveState live, AppComparer comparer) {
    this.live = live;
    this.comparer = comparer;
  }

  /**
   * The outcome of one comparison.
   *
   * @param comparison the resources, their sync and health
   * @param live the live objects the comparison used, by key (for sync planning)
   * @param shared the rendered resources whose live object another app tracks, in rendering order
   */
  public record Result(
      Comparison comparison, Map<ResourceKey, ObjectNode> live, List<SharedResource> shared) {}

  /**
   * Compares {@code rendered} with the live state of {@code app}'s destination under {@code
   * project}.
   *
   * @throws ClusterUnavailable when the destination is unknown or its cache is not ready
   */
  public Result compare(Application app, AppProject project, RenderedApp rendered)
      throws ClusterUnavailable {
    Predicate<GroupKind> isNamespaced = groupKind -> live.isNamespaced(app, groupKind);
    List<ObjectNode> desired = new ArrayList<>();
    for (ObjectNode object : rendered.objects()) {
      desired.add(
          live.tracked(app, DesiredObjects.withDefaultNamespace(app, object, isNamespaced)));
    }
    ApplicationDestination destination = live.resolvedDestination(app);
    ResourceGate gate =
        (key, namespaced) -> ResourcePermits.denial(project, destination, key, namespaced);
    Map<ResourceKey, ObjectNode> liveObjects = new LinkedHashMap<>();
    live.managedResources(app)
        .forEach((key, object) -> keepPermitted(gate, liveObjects, key, object));
    List<SharedResource> shared = new ArrayList<>();
    for (ObjectNode object : desired) {
      ResourceKey key = ResourceKey.of(object);
      if (key.name().isEmpty() || liveObjects.containsKey(key)) {
        continue;
      }
      Optional<LiveObject> found = live.find(app, key);
      if (found.isEmpty() || !keepPermitted(gate, liveObjects, key, found.get().object())) {
        continue;
      }
      found
          .get()
          .trackedTo()
          .filter(other -> !other.equals(app.metadata.name))
          .ifPresent(other -> shared.add(new SharedResource(key, app.metadata.name, other)));
    }
    Comparison comparison =
        comparer.compare(
            new CompareRequest(
                app, rendered.revisions(), desired, liveObjects, isNamespaced, gate));
    return new Result(comparison, liveObjects, List.copyOf(shared));
  }

  /**
   * Adds a live object the project permits; one it does not is left out, so it is neither shown nor
   * pruned (Argo CD's rule).
   */
  private static boolean keepPermitted(
      ResourceGate gate, Map<ResourceKey, ObjectNode> kept, ResourceKey key, ObjectNode object) {
    if (gate.denial(key, !key.namespace().isEmpty()).isPresent()) {
      return false;
    }
    kept.put(key, object);
    return true;
  }
}
