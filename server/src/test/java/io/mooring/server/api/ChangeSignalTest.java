package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeSignalTest {
  private static final Duration SHORT = Duration.ofMillis(20);

  @Test
  void aBurstOfChangesWakesTheStreamOnce() throws Exception {
    ChangeSignal signal = new ChangeSignal();
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread writer =
          new Thread(
              () -> {
                for (int i = 0; i < 250; i++) {
                  signal.mark();
                }
              });
      writers.add(writer);
      writer.start();
    }
    for (Thread writer : writers) {
      writer.join();
    }

    assertThat(signal.await(SHORT, SHORT)).isEqualTo(ChangeSignal.Wake.CHANGED);
    assertThat(signal.await(SHORT, SHORT)).isEqualTo(ChangeSignal.Wake.IDLE);
  }

  @Test
  void aChangeAfterTheWakeUpWakesItAgain() throws Exception {
    ChangeSignal signal = new ChangeSignal();
    signal.mark();
    assertThat(signal.await(SHORT, SHORT)).isEqualTo(ChangeSignal.Wake.CHANGED);

    signal.mark();

    assertThat(signal.await(SHORT, SHORT)).isEqualTo(ChangeSignal.Wake.CHANGED);
  }

  @Test
  void closingEndsTheWaitEvenWithAChangePending() throws Exception {
    ChangeSignal signal = new ChangeSignal();
    signal.mark();
    signal.close();

    assertThat(signal.await(SHORT, Duration.ofMinutes(10))).isEqualTo(ChangeSignal.Wake.CLOSED);
  }

  @Test
  void aWaitingStreamIsWokenByAClose() throws Exception {
    ChangeSignal signal = new ChangeSignal();
    Thread closer = new Thread(signal::close);
    closer.start();

    assertThat(signal.await(SHORT, Duration.ofMinutes(10))).isEqualTo(ChangeSignal.Wake.CLOSED);
    closer.join();
  }
}
