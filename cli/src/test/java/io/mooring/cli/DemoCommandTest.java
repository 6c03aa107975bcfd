package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What {@code mooring demo} refuses before starting anything (the demo itself: the demo and e2e
 * modules).
 */
class DemoCommandTest {
  @Test
  void anAddressThatIsNotAnIpAddressIsAUsageError() {
    CliRun run = CliRun.of("demo", "--address", "10.0.0.300");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: --address 10.0.0.300: not an IP address");
  }

  @Test
  void theHelpSaysTheUiStaysOnThisMachineUnlessToldOtherwise() {
    CliRun run = CliRun.of("demo", "--help");

    assertThat(run.out()).contains("--address=ADDR").contains("default: 127.0.0.1");
  }
}
