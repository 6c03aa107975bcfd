package io.mooring.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the API server listens: a port on every interface, or on one address only (such as
 * 127.0.0.1, so that nothing off this machine can reach it).
 *
 * @param host the address to bind; empty for every interface
 * @param port the port; 0 picks a free one
 */
public record ListenAddress(Optional<InetAddress> host, int port) {
  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

  public ListenAddress {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + ": not between 0 and 65535");
    }
    host = host.filter(address -> !address.isAnyLocalAddress());
  }

  /** {@code port} on every interface. */
  public static ListenAddress allInterfaces(int port) {
    return new ListenAddress(Optional.empty(), port);
  }

  /** {@code port} on 127.0.0.1 only. */
  public static ListenAddress loopback(int port) {
    return new ListenAddress(Optional.of(InetAddress.getLoopbackAddress()), port);
  }

  /**
   * {@code port} on {@code address}: an IPv4 or IPv6 address of this machine, or {@code localhost};
   * {@code 0.0.0.0} or {@code ::} mean every interface. Host names other than localhost are refused
   * rather than looked up (a name can resolve differently, or hang without DNS).
   *
   * @throws IllegalArgumentException naming the address when it is not one
   */
  public static ListenAddress parse(String address, int port) {
    String literal = address == null ? "" : address.strip();
    if (literal.isEmpty()) {
      throw new IllegalArgumentException(
          "address is empty (give an IP address such as 127.0.0.1, or 0.0.0.0 for every"
              + " interface)");
    }
    if (literal.equals("localhost")) {
      return loopback(port);
    }
    if (!IPV4.matcher(literal).matches() && !literal.contains(":")) {
      throw new IllegalArgumentException(
          "address "
              + literal
              + ": not an IP address (give one such as 127.0.0.1, ::1, or 0.0.0.0 for every"
              + " interface)");
    }
    try {
      return new ListenAddress(Optional.of(InetAddress.getByName(literal)), port);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(
          "address " + literal + ": not an IP address (" + e.getMessage() + ")", e);
    }
  }

  /** Whether only this machine can connect (a loopback address). */
  public boolean loopbackOnly() {
    return host.map(InetAddress::isLoopbackAddress).orElse(false);
  }

  /** The same address on another port (the port actually bound, when 0 was asked for). */
  public ListenAddress withPort(int newPort) {
    return new ListenAddress(host, newPort);
  }

  /**
   * The host to put in a URL for a client on this machine: {@code localhost} when listening on
   * every interface or on loopback, else the address itself (IPv6 in brackets).
   */
  public String urlHost() {
    if (host.isEmpty() || loopbackOnly()) {
      return "localhost";
    }
    String literal = host.get().getHostAddress();
    return literal.contains(":") ? "[" + literal + "]" : literal;
  }

  @Override
  public String toString() {
    return host.map(InetAddress::getHostAddress).orElse("*") + ":" + port;
  }
}
