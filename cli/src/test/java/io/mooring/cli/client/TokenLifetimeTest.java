package io.mooring.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenLifetimeTest {
  @Test
  void daysHoursMinutesAndSecondsAddUp() {
    assertThat(TokenLifetime.parse("30d")).isEqualTo(Duration.ofDays(30));
    assertThat(TokenLifetime.parse("1d12h30m15s")).isEqualTo(Duration.parse("PT36H30M15S"));
    assertThat(TokenLifetime.parse("0")).isZero();
    assertThat(TokenLifetime.parse("0s")).isZero();
  }

  @Test
  void anythingElseIsRefusedWithAnExample() {
    for (String bad : new String[] {"", "30", "1w", "d", "3d ago"}) {
      assertThatThrownBy(() -> TokenLifetime.parse(bad))
          .hasMessage(
              "--expires-in '" + bad + "' is not a duration such as 30d, 12h, 90m or 3600s");
    }
  }
}
