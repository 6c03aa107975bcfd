package io.mooring.server.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.server.MutableClock;
import io.mooring.server.connection.ConnectionCache.Refresh;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConnectionCacheTest {
  @Test
  void anOutcomeServesUntilItIsStaleForcedOrForgotten() {
    MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
    ConnectionCache<Integer> cache = new ConnectionCache<>(Duration.ofMinutes(1), clock);
    AtomicInteger attempts = new AtomicInteger();

    cache.get("repo-1@5", Refresh.CACHED, attempts::incrementAndGet);
    cache.get("repo-1@5", Refresh.CACHED, attempts::incrementAndGet);
    assertThat(attempts).hasValue(1);

    cache.get("repo-1@5", Refresh.FORCE, attempts::incrementAndGet);
    assertThat(attempts).hasValue(2);

    clock.advance(Duration.ofSeconds(61));
    cache.get("repo-1@5", Refresh.CACHED, attempts::incrementAndGet);
    assertThat(attempts).hasValue(3);

    cache.forget("repo-1@");
    assertThat(cache.get("repo-1@5", Refresh.CACHED, attempts::incrementAndGet)).isEqualTo(4);
  }
}
