package io.mooring.sandbox.sim;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * How the workload simulator behaves: how long a pod takes to become Running and Ready, how long a
 * Job's pod runs, and which controllers run at all.
 */
public record SimulatorOptions(
    Duration podReadyDelay, Duration jobRunTime, Set<Controller> controllers) {
  /** The simulated controllers, each of which can be switched off. */
  public enum Controller {
    DEPLOYMENTS,
    REPLICA_SETS,
    STATEFUL_SETS,
    DAEMON_SETS,
    JOBS,
    PODS,
    LOAD_BALANCERS,
    VOLUME_CLAIMS
  }

  public SimulatorOptions {
    if (podReadyDelay.isNegative() || jobRunTime.isNegative()) {
      throw new IllegalArgumentException("simulator delays must not be negative");
    }
    controllers =
        controllers.isEmpty() ? EnumSet.noneOf(Controller.class) : EnumSet.copyOf(controllers);
  }

  /** Pods Ready after one second, jobs done one second later, everything simulated. */
  public static SimulatorOptions defaults() {
    return new SimulatorOptions(
        Duration.ofSeconds(1), Duration.ofSeconds(1), EnumSet.allOf(Controller.class));
  }

  /** Delays of a few milliseconds, for tests. */
  public static SimulatorOptions fast() {
    return new SimulatorOptions(
        Duration.ofMillis(5), Duration.ofMillis(10), EnumSet.allOf(Controller.class));
  }

  /** No simulation: a bare API server (objects stay exactly as written). */
  public static SimulatorOptions off() {
    return new SimulatorOptions(Duration.ZERO, Duration.ZERO, EnumSet.noneOf(Controller.class));
  }

  public SimulatorOptions withPodReadyDelay(Duration delay) {
    return new SimulatorOptions(delay, jobRunTime, controllers);
  }

  public SimulatorOptions withJobRunTime(Duration runTime) {
    return new SimulatorOptions(podReadyDelay, runTime, controllers);
  }

  public boolean runs(Controller controller) {
    return controllers.contains(controller);
  }
}
