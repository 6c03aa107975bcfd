package io.mooring.controller.project;

import io.mooring.controller.ports.LiveState.LiveObject;
import io.mooring.engine.match.ArgoGlob;
import io.mooring.engine.resource.ResourceKey;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.OrphanedResourcesMonitor;
import io.mooring.model.ResourceKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The orphaned resources of an Application, as Argo CD finds them when its project has {@code
 * spec.orphanedResources}: starting from the top-level objects (no owner reference) of the
 * destination namespace that the app does not manage — less the {@code default} ServiceAccount, the
 * {@code kube-root-ca.crt} ConfigMap, the {@code kubernetes} Service of namespace {@code default},
 * the project's {@code ignore} entries and kinds the project does not permit — every object and its
 * owned descendants, except those tracked to an Application that exists (and what they own). Pure.
 */
public final class OrphanedResources {
  private static final Comparator<ResourceKey> ORDER =
      Comparator.comparing(ResourceKey::group)
          .thenComparing(ResourceKey::kind)
          .thenComparing(ResourceKey::namespace)
          .thenComparing(ResourceKey::name);

  private OrphanedResources() {}

  /**
   * What the search looks at.
   *
   * @param app the Application
   * @param project its project
   * @param destination its destination, server and name resolved (for the project's namespace rule)
   * @param managed the keys of the resources the app manages (rendered or tracked)
   * @param namespaceObjects every live object of the destination namespace
   * @param appExists whether an Application of that name exists
   */
  public record Search(
      Application app,
      AppProject project,
      ApplicationDestination destination,
      Set<ResourceKey> managed,
      List<LiveObject> namespaceObjects,
      Predicate<String> appExists) {}

  /** Whether the project asks for orphaned resources to be found. */
  public static boolean monitored(AppProject project) {
    return project.spec != null && project.spec.orphanedResources != null;
  }

  /** Whether the project wants a warning condition when there are orphans (default: yes). */
  public static boolean warns(AppProject project) {
    return monitored(project) && !Boolean.FALSE.equals(project.spec.orphanedResources.warn);
  }

  /** The orphaned objects, ordered by group, kind, namespace and name; none when not monitored. */
  public static List<LiveObject> find(Search search) {
    if (!monitored(search.project())) {
      return List.of();
    }
    Map<String, List<LiveObject>> childrenByOwner = new HashMap<>();
    for (LiveObject object : search.namespaceObjects()) {
      for (String owner : object.ownerUids()) {
        childrenByOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(object);
      }
    }
    Deque<LiveObject> pending = new ArrayDeque<>();
    for (LiveObject object : search.namespaceObjects()) {
      if (isRoot(search, object)) {
        pending.add(object);
      }
    }
    Set<ResourceKey> seen = new HashSet<>();
    List<LiveObject> orphans = new ArrayList<>();
    while (!pending.isEmpty()) {
      LiveObject object = pending.poll();
      if (!seen.add(object.key()) || belongsToAnApp(search, object) || !permitted(search, object)) {
        continue;
      }
      orphans.add(object);
      pending.addAll(childrenByOwner.getOrDefault(object.uid(), List.of()));
    }
    orphans.sort(Comparator.comparing(LiveObject::key, ORDER));
    return List.copyOf(orphans);
  }

  private static boolean isRoot(Search search, LiveObject object) {
    ResourceKey key = object.key();
    return object.ownerUids().isEmpty()
        && !key.namespace().isEmpty()
        && !search.managed().contains(key)
        && ResourcePermits.kindPermitted(search.project(), key, true)
        && !excluded(search.project().spec.orphanedResources, key);
  }

  private static boolean belongsToAnApp(Search search, LiveObject object) {
    Optional<String> app = object.trackedTo();
    return app.isPresent() && search.appExists().test(app.get());
  }

  private static boolean permitted(Search search, LiveObject object) {
    return ResourcePermits.denial(search.project(), search.destination(), object.key(), true)
        .isEmpty();
  }

  /** Argo CD's known exclusions, then the project's {@code ignore} entries. */
  private static boolean excluded(OrphanedResourcesMonitor monitor, ResourceKey key) {
    boolean core = key.group().isEmpty();
    if (core
        && key.kind().equals("Service")
        && key.name().equals("kubernetes")
        && key.namespace().equals("default")) {
      return true;
    }
    if (core && key.kind().equals("ServiceAccount") && key.name().equals("default")) {
      return true;
    }
    if (core && key.kind().equals("ConfigMap") && key.name().equals("kube-root-ca.crt")) {
      return true;
    }
    for (ResourceKind ignore : monitor.ignore == null ? List.<ResourceKind>of() : monitor.ignore) {
      if ((empty(ignore.kind) || ArgoGlob.matches(key.kind(), ignore.kind))
          && ArgoGlob.matches(key.group(), ignore.group == null ? "" : ignore.group)
          && (empty(ignore.name) || ArgoGlob.matches(key.name(), ignore.name))) {
        return true;
      }
    }
    return false;
  }

  private static boolean empty(String value) {
    return value == null || value.isEmpty();
  }
}
