package io.mooring.demo.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.server.auth.PasswordHasher;
import org.junit.jupiter.api.Test;

/** The demo's cheap hashes of its generated passwords are ones the server checks logins against. */
class GeneratedPasswordHashTest {
  private final PasswordHasher server = new PasswordHasher();

  @Test
  void theServerAcceptsThePasswordAndNothingElse() {
    String hash = GeneratedPasswordHash.of("Kq7mXh2PzR9tVw4c");

    assertThat(server.matches("Kq7mXh2PzR9tVw4c", hash)).isTrue();
    assertThat(server.matches("Kq7mXh2PzR9tVw4d", hash)).isFalse();
  }

  @Test
  void itIsBcryptAtTheLowestCost() {
    assertThat(GeneratedPasswordHash.of("Kq7mXh2PzR9tVw4c")).startsWith("$2a$04$").hasSize(60);
  }

  @Test
  void theCredentialsMadeAtEachStartAreAllDifferent() {
    DemoCredentials credentials = DemoCredentials.generate();

    assertThat(credentials.adminPassword()).hasSize(16).isNotEqualTo(credentials.viewerPassword());
    assertThat(credentials.toString())
        .doesNotContain(credentials.adminPassword())
        .doesNotContain(credentials.viewerPassword())
        .doesNotContain(credentials.webhookSecret());
  }
}
