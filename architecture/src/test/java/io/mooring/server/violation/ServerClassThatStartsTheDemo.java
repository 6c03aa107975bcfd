package io.mooring.server.violation;

import io.mooring.demo.DemoPorts;

/** A deliberate violation (test sources only): server code reaching into the demo launcher. */
public final class ServerClassThatStartsTheDemo {
  private ServerClassThatStartsTheDemo() {}

  /** Uses a demo type, which the boundary rule forbids outside cli. */
  public static DemoPorts ports() {
    return DemoPorts.defaults();
  }
}
