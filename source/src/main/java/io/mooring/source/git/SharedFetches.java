package io.mooring.source.git;

import com.github.benmanes.caffeine.cache.Ticker;
import io.mooring.source.FetchPolicy;
import io.mooring.source.SourceException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides, per key (a repository), whether a request needs a network fetch: a fetch that started
 * within the freshness window, or one running now, serves every request that arrives meanwhile;
 * {@link FetchPolicy#FETCH_NOW} and {@link #expire} demand a fetch that starts after them. A fetch
 * only counts once it succeeded. Thread-safe.
 */
public final class SharedFetches {
  /** The network operation to run when a fetch is needed. */
  @FunctionalInterface
  public interface Fetch {
    void run() throws SourceException;
  }

  private record Running(long started, CompletableFuture<Void> done) {}

  private final Duration window;
  private final Ticker ticker;
  private final Map<String, Long> lastStarted = new ConcurrentHashMap<>();
  private final Map<String, Long> expiredAt = new ConcurrentHashMap<>();
  private final Map<String, Running> running = new ConcurrentHashMap<>();

  /** Fetches stay fresh for {@code window} as measured by {@code ticker}. */
  public SharedFetches(Duration window, Ticker ticker) {
    this.window = window;
    this.ticker = ticker;
  }

  /** Makes sure {@code key} has been fetched recently enough for {@code policy}. */
  public void ensureFresh(String key, FetchPolicy policy, Fetch fetch) throws SourceException {
    long now = ticker.read();
    long notBefore =
        policy == FetchPolicy.FETCH_NOW
            ? now + 1
            : Math.max(now - window.toNanos(), expiredAt.getOrDefault(key, Long.MIN_VALUE));
    while (true) {
      if (lastStarted.getOrDefault(key, Long.MIN_VALUE) >= notBefore && window.toNanos() > 0) {
        return;
      }
      Running current = running.get(key);
      if (current != null) {
        boolean recentEnough = current.started() >= notBefore;
        awaitQuietly(current, recentEnough);
        if (recentEnough) {
          return;
        }
        continue;
      }
      Running mine = new Running(ticker.read(), new CompletableFuture<>());
      if (running.putIfAbsent(key, mine) != null) {
        continue;
      }
      try {
        fetch.run();
        lastStarted.merge(key, mine.started(), Math::max);
        mine.done().complete(null);
        return;
      } catch (SourceException | RuntimeException e) {
        mine.done().completeExceptionally(e);
        throw e;
      } finally {
        running.remove(key, mine);
      }
    }
  }

  /**
   * A new revision was announced for {@code key}: later requests need a fetch that starts after
   * now.
   */
  public void expire(String key) {
    expiredAt.put(key, ticker.read() + 1);
  }

  private static void awaitQuietly(Running fetch, boolean rethrow) throws SourceException {
    try {
      fetch.done().join();
    } catch (CompletionException e) {
      if (!rethrow) {
        return; // an older fetch failed: ours will be tried next
      }
      if (e.getCause() instanceof SourceException cause) {
        throw new SourceException(cause.reason(), cause.detail(), cause);
      }
      throw e;
    }
  }
}
