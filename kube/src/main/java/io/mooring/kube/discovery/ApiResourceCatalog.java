package io.mooring.kube.discovery;

import io.mooring.engine.resource.GroupKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The resource types one cluster serves, discovered once and looked up without API calls. A lookup
 * of an unknown type re-discovers (a CRD may have been created since), but at most once per {@code
 * minRefreshInterval}, so a type that never appears does not hammer the API server.
 */
public final class ApiResourceCatalog {
  private final Supplier<List<ApiResourceType>> discovery;
  private final Duration minRefreshInterval;
  private final Clock clock;
  private volatile Map<GroupKind, ApiResourceType> types = Map.of();
  private volatile Instant lastRefresh = Instant.MIN;

  public ApiResourceCatalog(
      Supplier<List<ApiResourceType>> discovery, Duration minRefreshInterval, Clock clock) {
    this.discovery = discovery;
    this.minRefreshInterval = minRefreshInterval;
    this.clock = clock;
  }

  /** A catalog backed by {@link ApiDiscovery}, re-discovering at most every 5 seconds. */
  public static ApiResourceCatalog of(ApiDiscovery discovery) {
    return new ApiResourceCatalog(discovery::discover, Duration.ofSeconds(5), Clock.systemUTC());
  }

  /** Discovers the cluster's types now. */
  public synchronized void refresh() {
    Map<GroupKind, ApiResourceType> fresh = new LinkedHashMap<>();
    for (ApiResourceType type : discovery.get()) {
      fresh.putIfAbsent(type.groupKind(), type);
    }
    types = Map.copyOf(fresh);
    lastRefresh = clock.instant();
  }

  /** Every known type. */
  public List<ApiResourceType> all() {
    ensureLoaded();
    return List.copyOf(types.values());
  }

  /** The type of {@code groupKind}, re-discovering once if it is not known yet. */
  public Optional<ApiResourceType> find(GroupKind groupKind) {
    ensureLoaded();
    ApiResourceType type = types.get(groupKind);
    if (type == null && mayRefresh()) {
      refresh();
      type = types.get(groupKind);
    }
    return Optional.ofNullable(type);
  }

  private void ensureLoaded() {
    if (lastRefresh.equals(Instant.MIN)) {
      synchronized (this) {
        if (lastRefresh.equals(Instant.MIN)) {
          refresh();
        }
      }
    }
  }

  private boolean mayRefresh() {
    return !clock.instant().isBefore(lastRefresh.plus(minRefreshInterval));
  }
}
