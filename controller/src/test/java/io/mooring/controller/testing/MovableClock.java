package io.mooring.controller.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for tests that reads a chosen instant — standing still, or running on from it in real
 * time — and can be moved at once, so time-driven rules (sync windows) are crossed without waiting.
 */
public final class MovableClock extends Clock {
  private final Clock base;
  private volatile Duration offset;

  private MovableClock(Clock base, Instant start) {
    this.base = base;
    this.offset = Duration.between(base.instant(), start);
  }

  /** A clock that reads {@code start} until it is moved. */
  public static MovableClock stoppedAt(Instant start) {
    return new MovableClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), start);
  }

  /** A clock that reads {@code start} now and runs on from there in real time. */
  public static MovableClock runningFrom(Instant start) {
    return new MovableClock(Clock.systemUTC(), start);
  }

  /** Moves the clock by {@code amount}. */
  public void advance(Duration amount) {
    offset = offset.plus(amount);
  }

  /** Sets the clock to read {@code instant} now. */
  public void set(Instant instant) {
    offset = Duration.between(base.instant(), instant);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a MovableClock is always UTC");
  }
}
