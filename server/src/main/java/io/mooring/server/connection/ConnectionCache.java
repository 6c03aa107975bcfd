package io.mooring.server.connection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers the outcome of connection attempts for a while, so listing repositories or clusters
 * does not reach every one of them on every request. Entries are keyed by what was attempted (a
 * Secret's name and version, so a changed Secret is attempted again). Thread-safe.
 *
 * @param <V> the outcome of one attempt
 */
public final class ConnectionCache<V> {
  private record Entry<V>(V value, Instant at) {}

  private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Duration freshFor;
  private final Clock clock;

  /** Outcomes stay fresh for {@code freshFor} as {@code clock} tells time. */
  public ConnectionCache(Duration freshFor, Clock clock) {
    this.freshFor = freshFor;
    this.clock = clock;
  }

  /**
   * The remembered outcome for {@code key} while fresh (unless {@code refresh} is {@link
   * Refresh#FORCE}); otherwise the outcome of {@code attempt}, remembered from now on.
   */
  public V get(String key, Refresh refresh, Supplier<V> attempt) {
    Instant now = clock.instant();
    Entry<V> known = entries.get(key);
    if (refresh == Refresh.CACHED && known != null && now.isBefore(known.at().plus(freshFor))) {
      return known.value();
    }
    V value = attempt.get();
    entries.put(key, new Entry<>(value, now));
    return value;
  }

  /** Forgets every outcome remembered for keys starting with {@code prefix}. */
  public void forget(String prefix) {
    entries.keySet().removeIf(key -> key.startsWith(prefix));
  }

  /** Whether a remembered outcome may serve a request. */
  public enum Refresh {
    /** A fresh remembered outcome serves. */
    CACHED,
    /** Attempt again now. */
    FORCE;

    /** {@link #FORCE} when a request's {@code forceRefresh} parameter is {@code true}. */
    public static Refresh of(String forceRefresh) {
      return Boolean.parseBoolean(forceRefresh) ? FORCE : CACHED;
    }
  }
}
