package io.mooring.controller.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyedWorkQueueTest {

  @Test
  void aKeyAddedTwiceWhileWaitingIsHandedOutOnce() throws InterruptedException {
    try (KeyedWorkQueue<String> queue = new KeyedWorkQueue<>("test")) {
      queue.add("guestbook");
      queue.add("guestbook");
      queue.add("billing");

      assertThat(queue.depth()).isEqualTo(2);
      assertThat(queue.take()).isEqualTo("guestbook");
      assertThat(queue.take()).isEqualTo("billing");
      assertThat(queue.depth()).isZero();
    }
  }

  @Test
  void eventsArrivingDuringARunAreMergedIntoExactlyOneMoreRun() throws InterruptedException {
    CountDownLatch firstRunStarted = new CountDownLatch(1);
    CountDownLatch releaseFirstRun = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    KeyedWorkQueue<String> queue = new KeyedWorkQueue<>("test");
    try (WorkerPool<String> pool =
        new WorkerPool<>(
            "test",
            4,
            queue,
            key -> {
              if (runs.incrementAndGet() == 1) {
                firstRunStarted.countDown();
                awaitLatch(releaseFirstRun);
              }
            })) {
      pool.start();
      queue.add("guestbook");
      assertThat(firstRunStarted.await(5, TimeUnit.SECONDS)).isTrue();

      queue.add("guestbook");
      queue.add("guestbook");
      queue.add("guestbook");
      releaseFirstRun.countDown();

      await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2 && queue.depth() == 0);
      assertThat(runs.get()).isEqualTo(2);
    }
  }

  @Test
  void oneKeyIsNeverProcessedByTwoWorkersAtOnce() {
    ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    List<Integer> maxSeen = new CopyOnWriteArrayList<>();
    AtomicInteger handled = new AtomicInteger();
    KeyedWorkQueue<String> queue = new KeyedWorkQueue<>("test");
    try (WorkerPool<String> pool =
        new WorkerPool<>(
            "test",
            8,
            queue,
            key -> {
              int now = inFlight.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
              maxSeen.add(now);
              Thread.onSpinWait();
              inFlight.get(key).decrementAndGet();
              handled.incrementAndGet();
            })) {
      pool.start();
      for (int i = 0; i < 2_000; i++) {
        queue.add("app-" + (i % 3));
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> queue.depth() == 0);
    }
    assertThat(handled.get()).isGreaterThanOrEqualTo(3);
    assertThat(maxSeen).allMatch(n -> n == 1);
  }

  @Test
  void addAfterQueuesTheKeyLater() throws InterruptedException {
    try (KeyedWorkQueue<String> queue = new KeyedWorkQueue<>("test")) {
      queue.addAfter("guestbook", Duration.ofMillis(50));

      assertThat(queue.depth()).isZero();
      assertThat(queue.take()).isEqualTo("guestbook");
    }
  }

  @Test
  void closingReleasesWaitingWorkers() throws InterruptedException {
    KeyedWorkQueue<String> queue = new KeyedWorkQueue<>("test");
    Thread closer = new Thread(queue::close);
    closer.start();

    assertThat(queue.take()).isNull();
    closer.join();
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
