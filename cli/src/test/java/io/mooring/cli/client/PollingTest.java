package io.mooring.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollingTest {
  /** A clock that moves only when polling sleeps. */
  private static final class FakeTicker implements Polling.Ticker {
    long now;

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleep(Duration duration) {
      now += duration.toNanos();
    }
  }

  @Test
  void stopsAtTheFirstValueThatIsDoneAndShowsEveryValue() throws Exception {
    Iterator<Integer> values = List.of(1, 2, 3, 4).iterator();
    List<Integer> seen = new ArrayList<>();

    Polling.Result<Integer> result =
        new Polling(Polling.Settings.ofSeconds(0), new FakeTicker())
            .until(new Polling.Poll<>(values::next, seen::add, v -> v == 3));

    assertThat(result).isEqualTo(new Polling.Result<>(3, Polling.Ending.DONE));
    assertThat(seen).containsExactly(1, 2, 3);
  }

  @Test
  void givesUpOnceTheTimeoutHasPassedKeepingTheLastValue() throws Exception {
    FakeTicker ticker = new FakeTicker();
    int[] calls = {0};

    Polling.Result<Integer> result =
        new Polling(new Polling.Settings(Duration.ofSeconds(1), Duration.ofMillis(250)), ticker)
            .until(new Polling.Poll<>(() -> ++calls[0], v -> {}, v -> false));

    assertThat(result.ending()).isEqualTo(Polling.Ending.TIMED_OUT);
    assertThat(result.last()).isEqualTo(5);
    assertThat(ticker.now).isEqualTo(Duration.ofSeconds(1).toNanos());
  }
}
