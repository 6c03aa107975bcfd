package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.server.Fixtures;
import io.mooring.server.TestServer;
import io.mooring.server.secrets.StoredSecret;
import io.mooring.testkit.git.GitHttpServer;
import io.mooring.testkit.git.RepoChange;
import io.mooring.testkit.git.TestRepo;
import io.mooring.testkit.helm.HelmRepositoryServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repositories and credential templates through the API, against a real private repository served
 * over smart HTTP with basic authentication.
 */
class RepositoryApiTest {
  private static final String PASSWORD = "pr1vate-repo-pa55word";
  @TempDir Path served;
  private TestRepo repo;
  private GitHttpServer git;
  private TestServer server;
  private String admin;
  private String url;

  @BeforeEach
  void start() {
    repo = TestRepo.create(served.resolve("apps.git"));
    repo.commit("one", RepoChange.file("web/cm.yaml", "kind: ConfigMap\n"));
    repo.branch("release", repo.head("main"));
    git = GitHttpServer.startWithBasicAuth(served, new GitHttpServer.BasicAuth("alice", PASSWORD));
    url = git.url("apps.git");
    server = TestServer.start(s -> s.projects.add(Fixtures.project("default", "*", "*")));
    admin = server.loginAdmin();
  }

  @AfterEach
  void stop() {
    server.close();
    git.close();
    repo.close();
  }

  @Test
  void aRepositoryAddedWithAPasswordIsAnArgoSecretAndIsShownWithoutIt() {
    HttpResponse<String> created =
        server.send("POST", "/api/v1/repositories", admin, repository(PASSWORD));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

    StoredSecret secret = server.secrets.list("repository").get(0);
    assertThat(secret.name()).matches("repo-\\d+");
    assertThat(secret.labels()).containsEntry("argocd.argoproj.io/secret-type", "repository");
    assertThat(secret.data())
        .containsEntry("url", url)
        .containsEntry("type", "git")
        .containsEntry("username", "alice")
        .containsEntry("password", PASSWORD);

    HttpResponse<String> one = server.get("/api/v1/repositories/" + encoded(url), admin);
    HttpResponse<String> all = server.get("/api/v1/repositories", admin);
    JsonNode shown = TestServer.json(one);
    assertThat(shown.get("repo").asText()).isEqualTo(url);
    assertThat(shown.get("username").asText()).isEqualTo("alice");
    assertThat(shown.at("/connectionState/status").asText()).isEqualTo("Successful");
    assertThat(shown.has("password")).isFalse();
    assertThat(TestServer.json(all).get("items")).hasSize(1);
    assertThat(one.body() + all.body() + created.body()).doesNotContain(PASSWORD);
  }

  @Test
  void validateSucceedsWithTheRightPasswordAndFailsClearlyWithAWrongOne() {
    String path = "/api/v1/repositories/" + encoded(url) + "/validate";

    HttpResponse<String> right =
        server.send(
            "POST", path, admin, "{\"username\": \"alice\", \"password\": \"" + PASSWORD + "\"}");
    HttpResponse<String> wrong =
        server.send(
            "POST", path, admin, "{\"username\": \"alice\", \"password\": \"not-the-pa55word\"}");

    assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(wrong).get("message").asText())
        .startsWith("Unable to connect to repository: could not list the refs of " + url)
        .doesNotContain("not-the-pa55word");
  }

  @Test
  void aRepositoryThatCannotBeReachedWithItsCredentialsIsNotAdded() {
    HttpResponse<String> response =
        server.send("POST", "/api/v1/repositories", admin, repository("wrong-password-1"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("Unable to connect to repository")
        .doesNotContain("wrong-password-1");
    assertThat(server.secrets.list("repository")).isEmpty();
  }

  @Test
  void anExistingDifferentRepositoryIsReplacedOnlyWithUpsert() {
    server.send("POST", "/api/v1/repositories", admin, repository(PASSWORD));
    String renamed =
        "{\"repo\": \"%s\", \"name\": \"apps\", \"username\": \"alice\", \"password\": \"%s\"}"
            .formatted(url, PASSWORD);

    HttpResponse<String> refused = server.send("POST", "/api/v1/repositories", admin, renamed);
    HttpResponse<String> upserted =
        server.send("POST", "/api/v1/repositories?upsert=true", admin, renamed);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(refused).get("message").asText())
        .isEqualTo("existing repository spec is different; use upsert flag to force update");
    assertThat(upserted.statusCode()).as(upserted.body()).isEqualTo(200);
    assertThat(server.secrets.list("repository"))
        .singleElement()
        .satisfies(s -> assertThat(s.data()).containsEntry("name", "apps"));
  }

  @Test
  void aRepositoryWithoutCredentialsUsesTheMatchingTemplateAndSaysSo() {
    String template =
        "{\"url\": \"%s\", \"username\": \"alice\", \"password\": \"%s\"}"
            .formatted(git.url(""), PASSWORD);
    HttpResponse<String> creds = server.send("POST", "/api/v1/repocreds", admin, template);
    assertThat(creds.statusCode()).as(creds.body()).isEqualTo(200);

    HttpResponse<String> created =
        server.send("POST", "/api/v1/repositories", admin, "{\"repo\": \"" + url + "\"}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    JsonNode shown = TestServer.json(server.get("/api/v1/repositories/" + encoded(url), admin));
    assertThat(shown.get("inheritedCreds").asBoolean()).isTrue();
    assertThat(shown.at("/connectionState/status").asText()).isEqualTo("Successful");
    HttpResponse<String> templates = server.get("/api/v1/repocreds", admin);
    assertThat(TestServer.json(templates).at("/items/0/url").asText()).isEqualTo(git.url(""));
    assertThat(templates.body()).doesNotContain(PASSWORD);
    assertThat(server.secrets.list("repo-creds").get(0).name()).matches("creds-\\d+");
  }

  @Test
  void refsListTheBranchesAndTagsOfTheRepository() {
    server.send("POST", "/api/v1/repositories", admin, repository(PASSWORD));

    JsonNode refs =
        TestServer.json(server.get("/api/v1/repositories/" + encoded(url) + "/refs", admin));

    assertThat(refs.get("branches"))
        .extracting(JsonNode::asText)
        .containsExactly("main", "release");
    assertThat(refs.get("tags")).isEmpty();
  }

  @Test
  void aRepositoryIsUpdatedAndDeleted() {
    server.send("POST", "/api/v1/repositories", admin, repository(PASSWORD));
    String path = "/api/v1/repositories/" + encoded(url);

    HttpResponse<String> updated =
        server.send("PUT", path, admin, "{\"repo\": \"" + url + "\", \"username\": \"bob\"}");
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(server.secrets.list("repository").get(0).data())
        .containsEntry("username", "bob")
        .doesNotContainKey("password");
    assertThat(TestServer.json(server.get(path, admin)).at("/connectionState/status").asText())
        .isEqualTo("Failed");

    assertThat(server.send("DELETE", path, admin, null).statusCode()).isEqualTo(200);
    assertThat(server.secrets.list("repository")).isEmpty();
    assertThat(server.get(path, admin).statusCode()).isEqualTo(404);
  }

  @Test
  void badFieldsAreRefusedNamingTheField() {
    HttpResponse<String> notBoolean =
        server.send(
            "POST",
            "/api/v1/repositories",
            admin,
            "{\"repo\": \"" + url + "\", \"insecure\": \"yes\"}");
    HttpResponse<String> unknown =
        server.send(
            "POST",
            "/api/v1/repositories",
            admin,
            "{\"repo\": \"" + url + "\", \"pasword\": \"x\"}");
    HttpResponse<String> passwordInUrl =
        server.send(
            "POST",
            "/api/v1/repositories",
            admin,
            "{\"repo\": \"https://bob:secret@git.example.com/a.git\"}");

    assertThat(TestServer.json(notBoolean).get("message").asText())
        .isEqualTo("field 'insecure' must be true or false");
    assertThat(TestServer.json(unknown).get("message").asText())
        .isEqualTo("field 'pasword' is not a field of repository");
    assertThat(passwordInUrl.statusCode()).isEqualTo(400);
    assertThat(passwordInUrl.body())
        .contains("field 'repo' holds a password")
        .doesNotContain("secret@");
  }

  @Test
  void aHelmRepositoryIsCheckedByFetchingItsIndex() {
    try (HelmRepositoryServer charts =
        HelmRepositoryServer.startWithBasicAuth(
            new HelmRepositoryServer.BasicAuth("carol", PASSWORD))) {
      String helm =
          "{\"repo\": \"%s\", \"type\": \"helm\", \"name\": \"charts\", \"username\": \"carol\","
              + " \"password\": \"%s\"}";

      HttpResponse<String> wrong =
          server.send(
              "POST", "/api/v1/repositories", admin, helm.formatted(charts.url(), "bad-helm-pw"));
      HttpResponse<String> right =
          server.send(
              "POST", "/api/v1/repositories", admin, helm.formatted(charts.url(), PASSWORD));

      assertThat(wrong.statusCode()).isEqualTo(400);
      assertThat(TestServer.json(wrong).get("message").asText())
          .contains("index.yaml")
          .contains("HTTP 401")
          .doesNotContain("bad-helm-pw");
      assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
      JsonNode shown = TestServer.json(right);
      assertThat(shown.get("type").asText()).isEqualTo("helm");
      assertThat(shown.get("name").asText()).isEqualTo("charts");
      assertThat(shown.at("/connectionState/status").asText()).isEqualTo("Successful");
    }
  }

  private String repository(String password) {
    return "{\"repo\": \"%s\", \"type\": \"git\", \"username\": \"alice\", \"password\": \"%s\"}"
        .formatted(url, password);
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
