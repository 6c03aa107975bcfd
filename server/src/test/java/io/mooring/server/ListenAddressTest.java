package io.mooring.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Where the API server listens, as {@code --address} gives it. */
class ListenAddressTest {
  @Test
  void aLoopbackAddressKeepsTheServerOnThisMachine() {
    ListenAddress address = ListenAddress.parse("127.0.0.1", 8080);

    assertThat(address.host()).contains(InetAddress.getLoopbackAddress());
    assertThat(address.loopbackOnly()).isTrue();
    assertThat(address.urlHost()).isEqualTo("localhost");
    assertThat(address).hasToString("127.0.0.1:8080");
  }

  @Test
  void localhostIsTheLoopbackAddress() {
    assertThat(ListenAddress.parse("localhost", 0)).isEqualTo(ListenAddress.loopback(0));
  }

  @Test
  void theWildcardAddressesMeanEveryInterface() {
    assertThat(ListenAddress.parse("0.0.0.0", 8080)).isEqualTo(ListenAddress.allInterfaces(8080));
    assertThat(ListenAddress.parse("::", 8080)).isEqualTo(ListenAddress.allInterfaces(8080));
    assertThat(ListenAddress.allInterfaces(8080).loopbackOnly()).isFalse();
    assertThat(ListenAddress.allInterfaces(8080)).hasToString("*:8080");
  }

  @Test
  void anotherAddressIsWhatAUrlOnThisMachineNames() {
    assertThat(ListenAddress.parse("192.0.2.7", 1).urlHost()).isEqualTo("192.0.2.7");
    assertThat(ListenAddress.parse("fd00::7", 1).urlHost()).isEqualTo("[fd00:0:0:0:0:0:0:7]");
  }

  @Test
  void aHostNameOrAMalformedAddressIsRefusedWithoutALookup() {
    assertThatThrownBy(() -> ListenAddress.parse("mooring.example", 8080))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("address mooring.example: not an IP address");
    assertThatThrownBy(() -> ListenAddress.parse("127.0.0.256", 8080))
        .hasMessageStartingWith("address 127.0.0.256: not an IP address");
    assertThatThrownBy(() -> ListenAddress.parse("fd00:::1::2", 8080))
        .hasMessageStartingWith("address fd00:::1::2: not an IP address");
    assertThatThrownBy(() -> ListenAddress.parse(" ", 8080))
        .hasMessageStartingWith("address is empty");
  }

  @Test
  void aPortOutOfRangeIsRefused() {
    assertThatThrownBy(() -> ListenAddress.loopback(65536))
        .hasMessage("port 65536: not between 0 and 65535");
  }
}
