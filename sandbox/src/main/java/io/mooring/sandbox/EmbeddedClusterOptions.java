package io.mooring.sandbox;

import io.mooring.sandbox.sim.SimulatorOptions;

/**
 * How to start an {@link EmbeddedCluster}: the loopback port (0 picks a free one) and how the
 * workload simulator behaves.
 */
public record EmbeddedClusterOptions(int port, SimulatorOptions simulator) {
  public EmbeddedClusterOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
  }

  /** A free port and the default simulator (pods Ready after 1 s, jobs done after 1 s). */
  public static EmbeddedClusterOptions defaults() {
    return new EmbeddedClusterOptions(0, SimulatorOptions.defaults());
  }

  /** A free port and a simulator with delays of a few milliseconds, for tests. */
  public static EmbeddedClusterOptions forTests() {
    return new EmbeddedClusterOptions(0, SimulatorOptions.fast());
  }

  public EmbeddedClusterOptions withPort(int newPort) {
    return new EmbeddedClusterOptions(newPort, simulator);
  }

  public EmbeddedClusterOptions withSimulator(SimulatorOptions newSimulator) {
    return new EmbeddedClusterOptions(port, newSimulator);
  }
}
