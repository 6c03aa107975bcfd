package io.mooring.source.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveRepoCredentialsTest {
  @Test
  void lookupsUseTheStoreSetLast() {
    String url = "https://git.example.com/team/apps.git";
    LiveRepoCredentials live = new LiveRepoCredentials(RepoCredentialStore.empty());
    assertThat(live.lookup(url).isEmpty()).isTrue();

    live.replace(
        RepoCredentialStore.fromSecretData(
            List.of(Map.of("url", url, "username", "alice", "password", "pw-123")), List.of()));

    assertThat(live.lookup(url).username()).isEqualTo("alice");
    assertThat(live.lookup(url).password()).isEqualTo("pw-123");
  }
}
