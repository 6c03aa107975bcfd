package io.mooring.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The API server listens where it is told. On Linux every address of 127.0.0.0/8 reaches this
 * machine, so 127.0.0.2 tells "bound to 127.0.0.1 only" from "bound to every interface" without
 * needing a network.
 */
class ApiServerAddressTest {
  private static final InetAddress OTHER_LOOPBACK = address("127.0.0.2");
  private final TestServer fixture = TestServer.start(test -> {});
  private ApiServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    fixture.close();
  }

  @Test
  void onLoopbackItAnswersOn127001AndNowhereElse() {
    server =
        new ApiServer(fixture.dependencies(), ServerOptions.defaults("v0.1.0-test"))
            .start(ListenAddress.loopback(0), Transport.plain());

    assertThat(accepts(InetAddress.getLoopbackAddress(), server.port())).isTrue();
    assertThat(accepts(OTHER_LOOPBACK, server.port())).isFalse();
    assertThat(server.address()).isEqualTo(ListenAddress.loopback(server.port()));
  }

  @Test
  void onEveryInterfaceItAnswersOnAnyAddressOfThisMachine() {
    server =
        new ApiServer(fixture.dependencies(), ServerOptions.defaults("v0.1.0-test"))
            .start(0, Transport.plain());

    assertThat(accepts(InetAddress.getLoopbackAddress(), server.port())).isTrue();
    assertThat(accepts(OTHER_LOOPBACK, server.port())).isTrue();
    assertThat(server.address()).isEqualTo(ListenAddress.allInterfaces(server.port()));
  }

  private static boolean accepts(InetAddress host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 5_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
