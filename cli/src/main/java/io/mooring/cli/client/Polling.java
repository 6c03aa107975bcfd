package io.mooring.cli.client;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Asks for something again and again until a condition holds or the time is up. Time and sleeping
 * come from a {@link Ticker}, so tests need not wait.
 */
public final class Polling {
  private final Settings settings;
  private final Ticker ticker;

  /**
   * How long to keep asking and how often.
   *
   * @param timeout zero for no limit
   * @param interval the pause between two requests
   */
  public record Settings(Duration timeout, Duration interval) {
    /** A limit of {@code seconds} (0: none), asking every quarter of a second. */
    public static Settings ofSeconds(long seconds) {
      return new Settings(Duration.ofSeconds(seconds), Duration.ofMillis(250));
    }
  }

  /** A clock that can also wait. */
  public interface Ticker {
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    /** The system's monotonic clock and {@link Thread#sleep}. */
    static Ticker system() {
      return new Ticker() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
          Thread.sleep(duration.toMillis());
        }
      };
    }
  }

  /**
   * What to poll: {@code fetch} gets the current value, {@code observer} sees each one, {@code
   * done} says whether to stop.
   */
  public record Poll<T>(Supplier<T> fetch, Consumer<T> observer, Predicate<T> done) {}

  /** How polling ended. */
  public enum Ending {
    DONE,
    TIMED_OUT
  }

  /** The last value fetched and whether the condition held then. */
  public record Result<T>(T last, Ending ending) {}

  public Polling(Settings settings, Ticker ticker) {
    this.settings = settings;
    this.ticker = ticker;
  }

  /** Polls until {@code poll.done} holds or the timeout passes (checked after each fetch). */
  public <T> Result<T> until(Poll<T> poll) throws InterruptedException {
    boolean limited = !settings.timeout().isZero();
    long deadline = ticker.nanoTime() + settings.timeout().toNanos();
    while (true) {
      T value = poll.fetch().get();
      poll.observer().accept(value);
      if (poll.done().test(value)) {
        return new Result<>(value, Ending.DONE);
      }
      if (limited && ticker.nanoTime() - deadline >= 0) {
        return new Result<>(value, Ending.TIMED_OUT);
      }
      ticker.sleep(settings.interval());
    }
  }
}
