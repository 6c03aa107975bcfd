package io.mooring.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.server.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
  private final LoginRateLimiter limiter =
      new LoginRateLimiter(LoginRateLimiter.Policy.DEFAULT, clock);

  private void fail(int times, String user, String address) {
    for (int i = 0; i < times; i++) {
      limiter.recordFailure(user, address);
    }
  }

  @Test
  void fourFailuresDoNotDelay() {
    fail(4, "admin", "10.0.0.1");
    assertThat(limiter.waitBefore("admin", "10.0.0.1")).isEmpty();
  }

  @Test
  void theFifthFailureDelaysTheUserFromAnyAddress() {
    fail(5, "admin", "10.0.0.1");
    assertThat(limiter.waitBefore("admin", "10.9.9.9")).contains(Duration.ofSeconds(1));
  }

  @Test
  void theFifthFailureFromOneAddressDelaysEveryUserThere() {
    for (int i = 0; i < 5; i++) {
      limiter.recordFailure("user" + i, "10.0.0.1");
    }
    assertThat(limiter.waitBefore("someone-else", "10.0.0.1")).isPresent();
    assertThat(limiter.waitBefore("someone-else", "10.0.0.2")).isEmpty();
  }

  @Test
  void theDelayDoublesWithEachFurtherFailure() {
    fail(7, "admin", "10.0.0.1");
    assertThat(limiter.waitBefore("admin", "10.0.0.1")).contains(Duration.ofSeconds(4));
  }

  @Test
  void theDelayIsCappedAtFiveMinutes() {
    fail(40, "admin", "10.0.0.1");
    assertThat(limiter.waitBefore("admin", "10.0.0.1")).contains(Duration.ofMinutes(5));
  }

  @Test
  void theDelayEndsWhenItsTimeHasPassed() {
    fail(5, "admin", "10.0.0.1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(limiter.waitBefore("admin", "10.0.0.1")).isEmpty();
  }

  @Test
  void failuresAreForgottenAfterFiveQuietMinutes() {
    fail(4, "admin", "10.0.0.1");
    clock.advance(Duration.ofMinutes(6));
    fail(1, "admin", "10.0.0.1");
    assertThat(limiter.waitBefore("admin", "10.0.0.1")).isEmpty();
  }

  @Test
  void successClearsTheUserButNotTheAddress() {
    fail(5, "admin", "10.0.0.1");
    limiter.recordSuccess("admin");
    assertThat(limiter.waitBefore("admin", "10.0.0.2")).isEmpty();
    assertThat(limiter.waitBefore("admin", "10.0.0.1")).isPresent();
  }
}
