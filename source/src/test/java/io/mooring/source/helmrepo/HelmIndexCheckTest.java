package io.mooring.source.helmrepo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.source.SourceException;
import io.mooring.source.credentials.RepoCredentials;
import io.mooring.testkit.helm.HelmRepositoryServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** index.yaml fetched from a password-protected Helm repository. */
class HelmIndexCheckTest {
  private static final HelmRepositoryServer.BasicAuth AUTH =
      new HelmRepositoryServer.BasicAuth("alice", "right-password");

  @Test
  void theRightCredentialsFetchAnIndex() {
    try (HelmRepositoryServer server = HelmRepositoryServer.startWithBasicAuth(AUTH)) {
      RepoCredentials right =
          new RepoCredentials(server.url(), "alice", "right-password", null, false);

      assertThatCode(() -> new HelmIndexCheck(Duration.ofSeconds(10)).check(right))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void aWrongPasswordIsRefusedWithoutShowingIt() {
    try (HelmRepositoryServer server = HelmRepositoryServer.startWithBasicAuth(AUTH)) {
      RepoCredentials wrong =
          new RepoCredentials(server.url(), "alice", "wrong-password-42", null, false);

      assertThatThrownBy(() -> new HelmIndexCheck(Duration.ofSeconds(10)).check(wrong))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("HTTP 401")
          .hasMessageNotContaining("wrong-password-42");
    }
  }
}
