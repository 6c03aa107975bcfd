package io.mooring.source.cache;

import java.time.Duration;

/** How much rendered output to keep (approximate bytes) and for how long. */
public record CacheSettings(long maxBytes, Duration expiry) {
  /** 256 MiB, 24 hours. */
  public static CacheSettings defaults() {
    return new CacheSettings(256L << 20, Duration.ofHours(24));
  }
}
