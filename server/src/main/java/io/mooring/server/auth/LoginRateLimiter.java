package io.mooring.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxFailures} consecutive failed logins for a user, or
 * from a source address, further attempts are refused for a delay that doubles with each further
 * failure (up to {@code maxDelay}). Failures are forgotten after {@code forgetAfter} without one; a
 * successful login clears the user's count (not the address's, so one valid account cannot be used
 * to keep guessing others).
 */
public final class LoginRateLimiter {
  private static final int MAX_TRACKED = 10_000;

  /** The limits. */
  public record Policy(
      int maxFailures, Duration baseDelay, Duration maxDelay, Duration forgetAfter) {
    /** 5 failures, then 1 s doubling up to 5 min; forgotten after 5 min of quiet. */
    public static final Policy DEFAULT =
        new Policy(5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofMinutes(5));
  }

  private record Failures(int count, Instant last) {}

  private final Policy policy;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public LoginRateLimiter(Policy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /** How long the caller must wait before trying to log in as {@code user}; empty when allowed. */
  public Optional<Duration> waitBefore(String user, String address) {
    Instant now = clock.instant();
    Duration wait = longer(remaining(userKey(user), now), remaining(addressKey(address), now));
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** Records a failed login as {@code user} from {@code address}. */
  public void recordFailure(String user, String address) {
    Instant now = clock.instant();
    if (failures.size() > MAX_TRACKED) {
      failures.values().removeIf(f -> isForgotten(f, now));
    }
    bump(userKey(user), now);
    bump(addressKey(address), now);
  }

  /** Records a successful login as {@code user}: its failures are forgotten. */
  public void recordSuccess(String user) {
    failures.remove(userKey(user));
  }

  private void bump(String key, Instant now) {
    failures.compute(
        key,
        (k, previous) ->
            previous == null || isForgotten(previous, now)
                ? new Failures(1, now)
                : new Failures(previous.count() + 1, now));
  }

  private Duration remaining(String key, Instant now) {
    Failures recorded = failures.get(key);
    if (recorded == null || recorded.count() < policy.maxFailures() || isForgotten(recorded, now)) {
      return Duration.ZERO;
    }
    Instant until = recorded.last().plus(delayAfter(recorded.count()));
    return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
  }

  private Duration delayAfter(int count) {
    int doublings = Math.min(count - policy.maxFailures(), 30);
    Duration delay = policy.baseDelay().multipliedBy(1L << doublings);
    return delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay;
  }

  private boolean isForgotten(Failures recorded, Instant now) {
    return recorded.last().plus(policy.forgetAfter()).isBefore(now);
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String userKey(String user) {
    return "user:" + user;
  }

  private static String addressKey(String address) {
    return "addr:" + address;
  }
}
