package io.mooring.server.api;

import io.mooring.model.Application;
import io.mooring.server.http.Json;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON of each listed Application, kept per resourceVersion: a stored object at one version
 * always serializes the same, so a list of thousands of apps serializes only those that changed
 * since the previous list (most of a full list's cost otherwise). Apps without a resourceVersion
 * are serialized each time. Entries of apps no longer listed are dropped by {@link #retain}.
 */
final class ApplicationJsonCache {
  private record Entry(String resourceVersion, byte[] json) {}

  private final Map<String, Entry> byName = new ConcurrentHashMap<>();

  /** {@code app} as JSON. */
  byte[] json(Application app) {
    String name = app.metadata == null ? null : app.metadata.name;
    String version = app.metadata == null ? null : app.metadata.resourceVersion;
    if (name == null || version == null) {
      return Json.bytes(app);
    }
    Entry entry = byName.get(name);
    if (entry == null || !entry.resourceVersion().equals(version)) {
      entry = new Entry(version, Json.bytes(app));
      byName.put(name, entry);
    }
    return entry.json();
  }

  /** Forgets the apps not among {@code existing}. */
  void retain(Collection<Application> existing) {
    if (byName.size() <= existing.size()) {
      return;
    }
    Set<String> names = new HashSet<>();
    for (Application app : existing) {
      names.add(app.metadata.name);
    }
    byName.keySet().retainAll(names);
  }

  /** How many apps' JSON is kept. */
  int size() {
    return byName.size();
  }
}
