package io.mooring.engine.health.custom;

import io.mooring.engine.health.HealthCheck;
import io.mooring.engine.health.HealthCheckLookup;
import io.mooring.engine.health.lua.LuaHealthEvaluator;
import io.mooring.engine.resource.GroupKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Custom (Lua) health checks chosen by group and kind: an exact match first, then the most specific
 * wildcard. When several scripts have the same pattern, the one listed first wins, so callers list
 * the settings ConfigMap before a customizations directory.
 */
public final class CustomHealthChecks implements HealthCheckLookup {
  private final Map<GroupKindPattern, CustomHealthScript> exact = new LinkedHashMap<>();
  private final List<CustomHealthScript> wildcards = new ArrayList<>();
  private final LuaHealthEvaluator lua;
  private final Map<GroupKind, Optional<HealthCheck>> resolved = new ConcurrentHashMap<>();

  /** Checks from {@code scripts}, in priority order, run by {@code lua}. */
  public CustomHealthChecks(List<CustomHealthScript> scripts, LuaHealthEvaluator lua) {
    this.lua = lua;
    for (CustomHealthScript script : scripts) {
      if (script.pattern().isExact()) {
        exact.putIfAbsent(script.pattern(), script);
      } else if (wildcards.stream().noneMatch(w -> w.pattern().equals(script.pattern()))) {
        wildcards.add(script);
      }
    }
    wildcards.sort(
        Comparator.comparingInt((CustomHealthScript s) -> s.pattern().literalLength()).reversed());
  }

  /** The script that applies to {@code groupKind}, if any. */
  public Optional<CustomHealthScript> scriptFor(GroupKind groupKind) {
    CustomHealthScript match = exact.get(new GroupKindPattern(groupKind.group(), groupKind.kind()));
    if (match != null) {
      return Optional.of(match);
    }
    return wildcards.stream().filter(w -> w.pattern().matches(groupKind)).findFirst();
  }

  @Override
  public Optional<HealthCheck> forKind(GroupKind groupKind) {
    return resolved.computeIfAbsent(
        groupKind, gk -> scriptFor(gk).map(script -> lua.check(script.script())));
  }

  /** How many distinct patterns have a script. */
  public int size() {
    return exact.size() + wildcards.size();
  }
}
