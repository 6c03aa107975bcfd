package io.mooring.demo;

import io.mooring.server.ListenAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks, before starting anything, that the ports asked for can be listened on. */
final class PortCheck {
  private PortCheck() {}

  /** Whether {@code address} can be bound now. */
  static boolean isFree(ListenAddress address) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(
          address
              .host()
              .map(host -> new InetSocketAddress(host, address.port()))
              .orElseGet(() -> new InetSocketAddress(address.port())));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Fails with a message naming {@code option} when the port of {@code address} (not 0) is taken.
   *
   * @throws DemoException when it is in use
   */
  static void requireFree(String option, ListenAddress address) {
    if (address.port() != 0 && !isFree(address)) {
      throw new DemoException(
          option
              + " "
              + address.port()
              + ": the port is already in use; stop what listens there, or pick another ("
              + option
              + " 0 picks a free one)");
    }
  }
}
