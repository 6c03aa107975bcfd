package io.mooring.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo that cannot start says which option to change, and leaves nothing behind. */
class DemoStartErrorsTest {
  @TempDir Path work;

  @Test
  void aTakenUiPortIsNamedAndNothingIsLeftRunning() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(0));
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> start(new DemoPorts(port, 0, 0)))
          .isInstanceOf(DemoException.class)
          .hasMessage(
              "--port "
                  + port
                  + ": the port is already in use; stop what listens there, or pick another"
                  + " (--port 0 picks a free one)");
    }
    DataDirectory.open(work.resolve("data")).close(); // the failed start released it
  }

  @Test
  void aTakenGitPortIsNamed() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

      assertThatThrownBy(() -> start(new DemoPorts(0, taken.getLocalPort(), 0)))
          .isInstanceOf(DemoException.class)
          .hasMessageStartingWith(
              "--git-port " + taken.getLocalPort() + ": the port is already in use");
    }
  }

  @Test
  void portsOutOfRangeAreRefusedBeforeAnythingStarts() {
    assertThatThrownBy(() -> new DemoPorts(70000, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--port 70000: not between 0 and 65535");
    assertThat(new DemoPorts(0, 0, 0)).isEqualTo(DemoPorts.anyFree());
  }

  private RunningDemo start(DemoPorts ports) {
    return Demo.start(
        DemoConfig.defaults(ports, work.resolve("data"), "v0-test", Instant.now()),
        DemoListener.silent());
  }
}
