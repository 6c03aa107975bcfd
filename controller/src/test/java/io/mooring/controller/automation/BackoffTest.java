package io.mooring.controller.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void selfHealWaitsTwoSixEighteenSecondsThenCapsAtFiveMinutes() {
    assertThat(Backoff.SELF_HEAL.delay(0)).isEqualTo(Duration.ofSeconds(2));
    assertThat(Backoff.SELF_HEAL.delay(1)).isEqualTo(Duration.ofSeconds(6));
    assertThat(Backoff.SELF_HEAL.delay(2)).isEqualTo(Duration.ofSeconds(18));
    assertThat(Backoff.SELF_HEAL.delay(10)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void goDurationsParseAsArgoCdWritesThem() {
    assertThat(GoDuration.parse("5s", null)).isEqualTo(Duration.ofSeconds(5));
    assertThat(GoDuration.parse("1h30m", null)).isEqualTo(Duration.ofMinutes(90));
    assertThat(GoDuration.parse("250ms", null)).isEqualTo(Duration.ofMillis(250));
    assertThat(GoDuration.parse("30", null)).isEqualTo(Duration.ofSeconds(30));
    assertThat(GoDuration.parse(null, Duration.ofMinutes(3))).isEqualTo(Duration.ofMinutes(3));
  }
}
