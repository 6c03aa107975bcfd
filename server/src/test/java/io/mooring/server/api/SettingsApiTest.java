package io.mooring.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.server.TestServer;
import io.mooring.server.auth.PasswordHasher;
import io.mooring.server.settings.SettingsNames;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/settings}: public, Argo CD-shaped, from argocd-cm, with nothing secret. */
class SettingsApiTest {
  @Test
  void anAnonymousCallerReadsTheSettingsOfArgocdCm() {
    try (TestServer server =
        TestServer.start(
            s ->
                s.configure(
                    Map.of(
                        "url", "https://mooring.example.com",
                        "application.instanceLabelKey", "mooring.example.com/app",
                        "ui.bannercontent", "Maintenance on Friday",
                        "ui.bannerpermanent", "true",
                        "kustomize.buildOptions", "--enable-helm",
                        "resource.customizations.health.cert-manager.io_Certificate",
                            "return {status = 'Healthy'}",
                        "resource.customizations.ignoreDifferences.all",
                            "managedFieldsManagers: [kube-controller-manager]")))) {
      HttpResponse<String> response = server.get("/api/v1/settings", null);

      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode settings = TestServer.json(response);
      assertThat(settings.get("url").asText()).isEqualTo("https://mooring.example.com");
      assertThat(settings.get("appLabelKey").asText()).isEqualTo("mooring.example.com/app");
      assertThat(settings.get("statusBadgeEnabled").asBoolean()).isFalse();
      assertThat(settings.get("execEnabled").asBoolean()).isFalse();
      assertThat(settings.get("userLoginsDisabled").asBoolean()).isFalse();
      assertThat(settings.get("uiBannerContent").asText()).isEqualTo("Maintenance on Friday");
      assertThat(settings.get("uiBannerPermanent").asBoolean()).isTrue();
      assertThat(settings.at("/kustomizeOptions/buildOptions").asText()).isEqualTo("--enable-helm");
      assertThat(settings.get("trackingMethod").asText()).isEqualTo("label");
      assertThat(settings.at("/resourceOverrides/cert-manager.io~1Certificate/healthLua").asText())
          .isEqualTo("return {status = 'Healthy'}");
      assertThat(settings.at("/resourceOverrides/*~1*/ignoreDifferences").asText())
          .contains("kube-controller-manager");
    }
  }

  @Test
  void theDefaultsAreArgoCdsLabelKeyAndLabelTracking() {
    try (TestServer server = TestServer.start(s -> {})) {
      JsonNode settings = TestServer.json(server.get("/api/v1/settings", null));

      assertThat(settings.get("appLabelKey").asText()).isEqualTo("app.kubernetes.io/instance");
      assertThat(settings.get("url").asText()).isEmpty();
      assertThat(settings.get("resourceOverrides").isEmpty()).isTrue();
      assertThat(settings.has("uiBannerContent")).isFalse();
    }
  }

  @Test
  void userLoginsAreDisabledWhenNoEnabledAccountMayLogIn() {
    try (TestServer server =
        TestServer.start(
            s -> s.configure(Map.of("admin.enabled", "false", "accounts.ci", "apiKey")))) {
      assertThat(
              TestServer.json(server.get("/api/v1/settings", null))
                  .get("userLoginsDisabled")
                  .asBoolean())
          .isTrue();
    }
  }

  @Test
  void theSettingsHoldNoPasswordHashOrSigningKey() {
    String hash = new PasswordHasher().hash("admin-password");
    try (TestServer server =
        TestServer.start(
            s -> {
              s.configure(Map.of("accounts.alice", "login"));
              s.settings.updateSecret(
                  SettingsNames.ARGOCD_SECRET,
                  Map.of("admin.password", hash, "accounts.alice.password", hash));
            })) {
      String body = server.get("/api/v1/settings", null).body();
      String signingKey =
          server.settings.secret(SettingsNames.ARGOCD_SECRET).get(SettingsNames.SERVER_SECRET_KEY);

      assertThat(signingKey).isNotBlank();
      assertThat(body).doesNotContain(hash).doesNotContain(signingKey).doesNotContain("password");
    }
  }

  @Test
  void unreadableResourceCustomizationsAreAnErrorNamingTheKey() {
    try (TestServer server =
        TestServer.start(
            s ->
                s.configure(
                    Map.of("resource.customizations.knownTypeFields.apps_Deployment", "[a, b")))) {
      HttpResponse<String> response = server.get("/api/v1/settings", null);

      assertThat(response.statusCode()).isEqualTo(422);
      assertThat(TestServer.json(response).get("message").asText())
          .contains("argocd-cm resource.customizations.knownTypeFields.apps_Deployment")
          .contains("not valid YAML");
    }
  }
}
