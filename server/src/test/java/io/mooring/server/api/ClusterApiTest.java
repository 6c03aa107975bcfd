package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.server.Fixtures;
import io.mooring.server.TestServer;
import io.mooring.server.secrets.StoredSecret;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clusters through the API: the local one always there, registered ones as Argo CD Secrets. */
class ClusterApiTest {
  private static final String PROD = "https://prod.example.com:6443";
  private static final String TOKEN = "eyJhbGciOi.bearer-token-of-prod";
  private static final String KEY = "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t-client-key";
  private static final String CLUSTER =
      """
      {"server": "%s", "name": "prod", "namespaces": ["shop", "billing"],
       "labels": {"env": "production"},
       "config": {"bearerToken": "%s", "password": "cluster-pa55word",
                  "tlsClientConfig": {"insecure": false, "caData": "Y2E=", "keyData": "%s"}}}
      """
          .formatted(PROD, TOKEN, KEY);
  private TestServer server;
  private String admin;

  @BeforeEach
  void start() {
    server =
        TestServer.start(
            s -> {
              s.projects.add(Fixtures.project("default", "*", "*"));
              s.applications.add(
                  Fixtures.app("web", "default", "https://git.example.com/a.git", "web"));
            });
    admin = server.loginAdmin();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theLocalClusterIsAlwaysListedAndCannotBeDeleted() {
    JsonNode items = TestServer.json(server.get("/api/v1/clusters", admin)).get("items");

    assertThat(items).hasSize(1);
    assertThat(items.get(0).get("server").asText()).isEqualTo("https://kubernetes.default.svc");
    assertThat(items.get(0).get("name").asText()).isEqualTo("in-cluster");
    assertThat(items.get(0).at("/connectionState/status").asText()).isEqualTo("Successful");
    assertThat(items.get(0).at("/info/applicationsCount").asLong()).isEqualTo(1);
    HttpResponse<String> deleted =
        server.send(
            "DELETE", "/api/v1/clusters/" + encoded("https://kubernetes.default.svc"), admin, null);
    assertThat(deleted.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(deleted).get("message").asText())
        .isEqualTo(
            "cluster 'in-cluster' (https://kubernetes.default.svc) is the cluster Mooring runs in"
                + " and cannot be deleted");
  }

  @Test
  void aClusterIsAddedListedAndDeletedWithoutItsCredentialsInAnyResponse() {
    server.clusters.reachable(PROD);

    HttpResponse<String> created = server.send("POST", "/api/v1/clusters", admin, CLUSTER);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

    StoredSecret secret = server.secrets.list("cluster").get(0);
    assertThat(secret.name()).matches("cluster-prod\\.example\\.com-\\d+");
    assertThat(secret.labels())
        .containsEntry("argocd.argoproj.io/secret-type", "cluster")
        .containsEntry("env", "production");
    assertThat(secret.data())
        .containsEntry("server", PROD)
        .containsEntry("name", "prod")
        .containsEntry("namespaces", "shop,billing");
    assertThat(secret.data().get("config")).contains(TOKEN, KEY);

    HttpResponse<String> all = server.get("/api/v1/clusters", admin);
    HttpResponse<String> byServer = server.get("/api/v1/clusters/" + encoded(PROD), admin);
    HttpResponse<String> byName = server.get("/api/v1/clusters/prod?id.type=name", admin);
    JsonNode shown = TestServer.json(byServer);
    assertThat(TestServer.json(all).get("items"))
        .extracting(c -> c.get("name").asText())
        .containsExactly("in-cluster", "prod");
    assertThat(shown.get("namespaces"))
        .extracting(JsonNode::asText)
        .containsExactly("shop", "billing");
    assertThat(shown.at("/config/tlsClientConfig/caData").asText()).isEqualTo("Y2E=");
    assertThat(shown.at("/connectionState/status").asText()).isEqualTo("Successful");
    assertThat(shown.get("serverVersion").asText()).isEqualTo("1.30");
    assertThat(shown.at("/labels/env").asText()).isEqualTo("production");
    assertThat(TestServer.json(byName).get("server").asText()).isEqualTo(PROD);
    assertThat(created.body() + all.body() + byServer.body() + byName.body())
        .doesNotContain(TOKEN, KEY, "cluster-pa55word", "bearerToken", "keyData");

    HttpResponse<String> deleted =
        server.send("DELETE", "/api/v1/clusters/" + encoded(PROD), admin, null);
    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThat(server.secrets.list("cluster")).isEmpty();
    assertThat(server.get("/api/v1/clusters/" + encoded(PROD), admin).statusCode()).isEqualTo(404);
  }

  @Test
  void aClusterThatCannotBeReachedIsNotAdded() {
    HttpResponse<String> response = server.send("POST", "/api/v1/clusters", admin, CLUSTER);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestServer.json(response).get("message").asText())
        .startsWith("cluster " + PROD + " cannot be reached: ")
        .doesNotContain(TOKEN);
    assertThat(server.secrets.list("cluster")).isEmpty();
  }

  @Test
  void updatedFieldsReplaceOnlyTheNamedFieldsAndKeepTheCredentials() {
    server.clusters.reachable(PROD);
    server.send("POST", "/api/v1/clusters", admin, CLUSTER);

    HttpResponse<String> updated =
        server.send(
            "PUT",
            "/api/v1/clusters/" + encoded(PROD) + "?updatedFields=namespaces",
            admin,
            "{\"server\": \"" + PROD + "\", \"name\": \"ignored\", \"namespaces\": [\"shop\"]}");

    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    StoredSecret secret = server.secrets.list("cluster").get(0);
    assertThat(secret.data()).containsEntry("namespaces", "shop").containsEntry("name", "prod");
    assertThat(secret.data().get("config")).contains(TOKEN);
  }

  @Test
  void anExistingDifferentClusterIsReplacedOnlyWithUpsertAndBadFieldsAreNamed() {
    server.clusters.reachable(PROD);
    server.send("POST", "/api/v1/clusters", admin, CLUSTER);
    String renamed = CLUSTER.replace("\"name\": \"prod\"", "\"name\": \"production\"");

    HttpResponse<String> refused = server.send("POST", "/api/v1/clusters", admin, renamed);
    HttpResponse<String> upserted =
        server.send("POST", "/api/v1/clusters?upsert=true", admin, renamed);
    HttpResponse<String> badField =
        server.send(
            "POST",
            "/api/v1/clusters",
            admin,
            "{\"server\": \""
                + PROD
                + "\", \"config\": {\"tlsClientConfig\": {\"insecure\": \"no\"}}}");

    assertThat(TestServer.json(refused).get("message").asText())
        .isEqualTo("existing cluster spec is different; use upsert flag to force update");
    assertThat(upserted.statusCode()).as(upserted.body()).isEqualTo(200);
    assertThat(server.secrets.list("cluster").get(0).data()).containsEntry("name", "production");
    assertThat(TestServer.json(badField).get("message").asText())
        .isEqualTo("field 'config.tlsClientConfig.insecure' must be true or false");
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
