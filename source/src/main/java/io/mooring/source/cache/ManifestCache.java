package io.mooring.source.cache;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.mooring.source.cache.ManifestCacheKey.LineKey;
import java.util.List;
import java.util.Optional;

/**
 * Rendered manifests (and their warnings) by {@link ManifestCacheKey}, bounded by approximate size
 * and expiring after a configurable time; also remembers the latest render along each {@link
 * LineKey} so a new commit that changes nothing relevant can reuse it. Entries are shared: callers
 * must not modify them.
 */
public final class ManifestCache {
  /** One render's result: its manifests and the warnings it gave. */
  public record Entry(List<ObjectNode> manifests, List<String> warnings) {
    public Entry {
      manifests = List.copyOf(manifests);
      warnings = List.copyOf(warnings);
    }
  }

  /** A render remembered for a line: the commit it was made at, and its result. */
  public record LatestRender(String commit, Entry render) {}

  private final Cache<ManifestCacheKey, Entry> rendered;
  private final Cache<LineKey, LatestRender> latest;

  /** A cache with the given bounds, using the system clock. */
  public ManifestCache(CacheSettings settings) {
    this(settings, Ticker.systemTicker());
  }

  /** A cache with the given bounds and clock (for tests of expiry). */
  public ManifestCache(CacheSettings settings, Ticker ticker) {
    this.rendered =
        Caffeine.newBuilder()
            .ticker(ticker)
            .expireAfterWrite(settings.expiry())
            .maximumWeight(settings.maxBytes())
            .<ManifestCacheKey, Entry>weigher((k, v) -> weight(v.manifests()))
            .build();
    this.latest =
        Caffeine.newBuilder()
            .ticker(ticker)
            .expireAfterWrite(settings.expiry())
            .maximumWeight(settings.maxBytes())
            .<LineKey, LatestRender>weigher((k, v) -> weight(v.render().manifests()))
            .build();
  }

  /** The render made for exactly this key, if still cached. */
  public Optional<Entry> get(ManifestCacheKey key) {
    return Optional.ofNullable(rendered.getIfPresent(key));
  }

  /** The latest render along {@code key}'s line, at whatever commit. */
  public Optional<LatestRender> latest(ManifestCacheKey key) {
    return Optional.ofNullable(latest.getIfPresent(key.line()));
  }

  /** Stores a render and makes it the latest of its line. */
  public void put(ManifestCacheKey key, Entry render) {
    rendered.put(key, render);
    latest.put(key.line(), new LatestRender(key.commit(), render));
  }

  /** Drops everything (for a hard refresh). */
  public void invalidateAll() {
    rendered.invalidateAll();
    latest.invalidateAll();
  }

  private static int weight(List<ObjectNode> manifests) {
    long bytes = 64;
    for (ObjectNode manifest : manifests) {
      bytes += 64L * manifest.size() + estimate(manifest);
    }
    return (int) Math.min(Integer.MAX_VALUE, bytes);
  }

  private static long estimate(ObjectNode node) {
    return node.toString().length();
  }
}
