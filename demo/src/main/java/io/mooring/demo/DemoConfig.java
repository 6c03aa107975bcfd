package io.mooring.demo;

import io.mooring.controller.runtime.ControllerSettings;
import io.mooring.sandbox.sim.SimulatorOptions;
import io.mooring.server.ListenAddress;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@code mooring demo} starts with.
 *
 * @param ports where it listens
 * @param apiHost the address of the UI and API; empty for every interface (the Git server and the
 *     cluster are on 127.0.0.1 always)
 * @param dataDirectory where its state lives (Git repositories, kubeconfig, caches)
 * @param simulator the embedded cluster's workload simulator pace
 * @param controller the controller's workers and periodic refresh
 * @param version the version the API reports
 * @param startedAt when the process started (the "ready in" figure counts from here)
 */
public record DemoConfig(
    DemoPorts ports,
    Optional<InetAddress> apiHost,
    Path dataDirectory,
    SimulatorOptions simulator,
    ControllerSettings controller,
    String version,
    Instant startedAt) {

  /**
   * The command's defaults: the UI and API on 127.0.0.1 only (plain HTTP and a Git server that
   * takes pushes from anyone are not for the network), simulator and controller at their default
   * pace.
   */
  public static DemoConfig defaults(
      DemoPorts ports, Path dataDirectory, String version, Instant startedAt) {
    return new DemoConfig(
        ports,
        Optional.of(InetAddress.getLoopbackAddress()),
        dataDirectory,
        SimulatorOptions.defaults(),
        ControllerSettings.defaults(),
        version,
        startedAt);
  }

  /** Where the UI and API listen, with the port asked for. */
  public ListenAddress apiAddress() {
    return new ListenAddress(apiHost, ports.api());
  }

  /** The UI and API on {@code newHost}; empty for every interface. */
  public DemoConfig withApiHost(Optional<InetAddress> newHost) {
    return new DemoConfig(ports, newHost, dataDirectory, simulator, controller, version, startedAt);
  }

  public DemoConfig withController(ControllerSettings newController) {
    return new DemoConfig(
        ports, apiHost, dataDirectory, simulator, newController, version, startedAt);
  }

  public DemoConfig withSimulator(SimulatorOptions newSimulator) {
    return new DemoConfig(
        ports, apiHost, dataDirectory, newSimulator, controller, version, startedAt);
  }
}
