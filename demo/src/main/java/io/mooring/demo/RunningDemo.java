package io.mooring.demo;

import io.mooring.server.wiring.RunningServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started demo: the embedded cluster, the Git server and {@code mooring server} in this process.
 * Closing it stops them all, last started first, and releases the data directory.
 */
public final class RunningDemo implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunningDemo.class);
  private final DemoAccess access;
  private final RunningServer server;
  private final List<AutoCloseable> parts;
  private final AtomicBoolean closed = new AtomicBoolean();

  RunningDemo(DemoAccess access, RunningServer server, List<AutoCloseable> parts) {
    this.access = access;
    this.server = server;
    this.parts = new ArrayList<>(parts);
  }

  /** How to reach it. */
  public DemoAccess access() {
    return access;
  }

  /** The port of the UI and API. */
  public int apiPort() {
    return server.port();
  }

  /** Stops everything; calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      closeAll(parts);
    }
  }

  /** Closes {@code parts} last first, going on past failures. */
  static void closeAll(List<AutoCloseable> parts) {
    for (int i = parts.size() - 1; i >= 0; i--) {
      try {
        parts.get(i).close();
      } catch (Exception e) {
        LOG.warn("stopping {} failed: {}", parts.get(i).getClass().getSimpleName(), e.toString());
      }
    }
  }
}
