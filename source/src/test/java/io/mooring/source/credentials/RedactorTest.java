package io.mooring.source.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  @Test
  void userAndPasswordInAUrlAreHidden() {
    assertThat(Redactor.url("https://alice:pa55@git.example.com/org/app.git"))
        .isEqualTo("https://***@git.example.com/org/app.git");
  }

  @Test
  void aTokenUsedAsUserNameIsHidden() {
    assertThat(Redactor.url("https://ghp_token123@github.com/org/app.git"))
        .isEqualTo("https://***@github.com/org/app.git");
  }

  @Test
  void anSshLoginNameIsKeptButAnSshPasswordIsNot() {
    assertThat(Redactor.url("ssh://git@git.example.com/org/app.git"))
        .isEqualTo("ssh://git@git.example.com/org/app.git");
    assertThat(Redactor.url("ssh://git:pw@git.example.com/app.git"))
        .isEqualTo("ssh://***@git.example.com/app.git");
  }

  @Test
  void urlsInsideTextAndKnownSecretValuesAreHidden() {
    String key = "-----BEGIN KEY-----\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ\n-----END KEY-----";
    String text =
        "fetch https://bob:hunter22@h/x failed; password hunter22; key line"
            + " AAAAB3NzaC1yc2EAAAADAQABAAABAQ";
    String redacted = Redactor.text(text, List.of("hunter22", key));
    assertThat(redacted).doesNotContain("hunter22").doesNotContain("AAAAB3NzaC1yc2E");
    assertThat(redacted).contains("https://***@h/x");
  }

  @Test
  void nullAndTooShortSecretsLeaveTextAlone() {
    assertThat(Redactor.url(null)).isNull();
    assertThat(Redactor.text("a b c", java.util.Arrays.asList(null, "b"))).isEqualTo("a b c");
  }
}
