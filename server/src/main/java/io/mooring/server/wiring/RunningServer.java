package io.mooring.server.wiring;

import io.mooring.controller.wiring.RunningController;
import io.mooring.server.ApiServer;
import io.mooring.server.ListenAddress;
import io.mooring.server.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started {@code mooring server} process: the API, the controller and their watches. */
public final class RunningServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunningServer.class);
  private final ApiServer api;
  private final Transport transport;
  private final RunningController controller;
  private final List<AutoCloseable> resources;
  private final AtomicBoolean closed = new AtomicBoolean();

  RunningServer(
      ApiServer api,
      Transport transport,
      RunningController controller,
      List<AutoCloseable> resources) {
    this.api = api;
    this.transport = transport;
    this.controller = controller;
    this.resources = new ArrayList<>(resources);
  }

  /** The port the API listens on. */
  public int port() {
    return api.port();
  }

  /** Where the API listens, with the port it got. */
  public ListenAddress address() {
    return api.address();
  }

  /**
   * The API's base URL for a client on this host, such as {@code https://localhost:8080} (the
   * address itself when the server listens on one that is not loopback).
   */
  public String url() {
    return (transport instanceof Transport.Tls ? "https" : "http")
        + "://"
        + address().urlHost()
        + ":"
        + port();
  }

  /** The controller running in this process. */
  public RunningController controller() {
    return controller;
  }

  /** Stops serving, then stops the controller and the watches; calling it again does nothing. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        LOG.warn(
            "stopping {} failed: {}", resources.get(i).getClass().getSimpleName(), e.toString());
      }
    }
  }
}
