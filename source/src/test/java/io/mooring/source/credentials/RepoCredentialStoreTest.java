package io.mooring.source.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepoCredentialStoreTest {
  private static final Map<String, String> ORG_TEMPLATE =
      Map.of("url", "https://git.example.com/org", "username", "org-bot", "password", "org-pw-1");
  private static final Map<String, String> TEAM_TEMPLATE =
      Map.of(
          "url", "https://git.example.com/org/team", "username", "team-bot", "password", "team-pw");

  @Test
  void repositorySecretMatchesItsUrlAfterNormalization() {
    RepoCredentialStore store =
        RepoCredentialStore.fromSecretData(
            List.of(
                Map.of(
                    "url", "https://git.example.com/org/app.git",
                    "username", "alice",
                    "password", "alice-pw")),
            List.of(ORG_TEMPLATE));
    RepoCredentials found = store.lookup("https://GIT.example.com/org/app/");
    assertThat(found.username()).isEqualTo("alice");
    assertThat(found.password()).isEqualTo("alice-pw");
    assertThat(found.url()).isEqualTo("https://GIT.example.com/org/app/");
  }

  @Test
  void longestRepoCredsPrefixWins() {
    RepoCredentialStore store =
        RepoCredentialStore.fromSecretData(List.of(), List.of(ORG_TEMPLATE, TEAM_TEMPLATE));
    assertThat(store.lookup("https://git.example.com/org/team/app.git").username())
        .isEqualTo("team-bot");
    assertThat(store.lookup("https://git.example.com/org/other.git").username())
        .isEqualTo("org-bot");
  }

  @Test
  void repositorySecretWithoutCredentialsFallsBackToTheTemplate() {
    RepoCredentialStore store =
        RepoCredentialStore.fromSecretData(
            List.of(Map.of("url", "https://git.example.com/org/app.git", "insecure", "true")),
            List.of(ORG_TEMPLATE));
    RepoCredentials found = store.lookup("https://git.example.com/org/app.git");
    assertThat(found.username()).isEqualTo("org-bot");
    assertThat(found.insecure()).isTrue();
  }

  @Test
  void unmatchedUrlIsAnonymous() {
    RepoCredentialStore store =
        RepoCredentialStore.fromSecretData(List.of(), List.of(ORG_TEMPLATE));
    assertThat(store.lookup("https://elsewhere.example.com/org/app.git").isEmpty()).isTrue();
  }

  @Test
  void secretsAreReadFromDataAndStringDataAndNeverPrinted() {
    String yaml =
        """
        apiVersion: v1
        kind: Secret
        metadata:
          name: repo
          labels: {argocd.argoproj.io/secret-type: repository}
        data:
          url: aHR0cHM6Ly9naXQuZXhhbXBsZS5jb20vb3JnL2FwcC5naXQ=
          password: c3VwZXItc2VjcmV0
        stringData:
          username: alice
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: other
          labels: {app: unrelated}
        stringData: {url: https://git.example.com/org, password: not-a-repo-secret}
        """;
    RepoCredentials found =
        CredentialSecrets.read("creds.yaml", yaml).lookup("https://git.example.com/org/app.git");
    assertThat(found.username()).isEqualTo("alice");
    assertThat(found.password()).isEqualTo("super-secret");
    assertThat(found.toString()).doesNotContain("super-secret").contains("password=***");
  }

  @Test
  void invalidSecretYamlErrorNamesTheFileButNotTheValues() {
    String yaml =
        "kind: Secret\nmetadata: {labels: {argocd.argoproj.io/secret-type: repository}}\n"
            + "stringData: {password: \"not-leaked-value\n  url: [unclosed\n";
    assertThatThrownBy(() -> CredentialSecrets.read("creds.yaml", yaml))
        .hasMessageContaining("creds.yaml")
        .hasMessageNotContaining("not-leaked-value");
  }
}
