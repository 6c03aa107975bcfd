package io.mooring.demo;

import java.time.Duration;
import java.util.List;

/** Hears how the demo is getting on: progress while it starts, then when the examples settle. */
public interface DemoListener {
  /** A step of the start is beginning ({@code "starting the embedded cluster"}, …). */
  void step(String description);

  /**
   * Every example app is Synced and Healthy ({@code apps}: the root first), {@code sinceStart}
   * after the process started; told once.
   */
  void examplesSettled(List<String> apps, Duration sinceStart);

  /** A listener that ignores everything. */
  static DemoListener silent() {
    return new DemoListener() {
      @Override
      public void step(String description) {}

      @Override
      public void examplesSettled(List<String> apps, Duration sinceStart) {}
    };
  }
}
