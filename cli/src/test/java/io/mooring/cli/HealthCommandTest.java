package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void printsOneLinePerObjectWithBuiltInChecks() throws IOException {
    Path file =
        write(
            "app.yaml",
            """
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: shop}
            spec: {type: LoadBalancer}
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: gizmo}
            """);

    CliRun run = CliRun.of("admin", "health", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            file + ": v1 Service shop/web: Progressing",
            file + ": example.com/v1 Widget gizmo: no health check");
  }

  @Test
  void jsonOutputKeepsTheFileAsGivenAndUsesNullWhereNoCheckApplies() throws IOException {
    write("objects.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: gizmo}\n");
    String asGiven = dir + "/./objects.yaml";

    CliRun run = CliRun.of("admin", "health", "-o", "json", asGiven);

    JsonNode line = JSON.readTree(run.out().lines().findFirst().orElseThrow());
    assertThat(line.get("file").asText()).isEqualTo(asGiven);
    assertThat(line.get("kind").asText()).isEqualTo("Widget");
    assertThat(line.get("name").asText()).isEqualTo("gizmo");
    assertThat(line.get("namespace").asText()).isEmpty();
    assertThat(line.get("status").isNull()).isTrue();
  }

  @Test
  void customizationsDirectoryAndSettingsConfigMapBothApply() throws IOException {
    CliRun run =
        CliRun.of(
            "admin",
            "health",
            "-o",
            "json",
            "--resource-customizations",
            HealthFixtures.path("customizations").toString(),
            "--settings",
            HealthFixtures.path("settings/argocd-cm.yaml").toString(),
            HealthFixtures.path("customizations/_.crossplane.io/_/testdata/instance-degraded.yaml")
                .toString(),
            HealthFixtures.path("objects/configmap-broken.yaml").toString(),
            HealthFixtures.path("objects/certificate-ready.yaml").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> statuses = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      JsonNode node = JSON.readTree(line);
      statuses.add(
          node.get("kind").asText()
              + "="
              + node.get("status").asText()
              + ":"
              + node.get("message").asText());
    }
    assertThat(statuses)
        .containsExactly(
            "Instance=Degraded:cannot create instance: AccessDenied",
            "ConfigMap=Degraded:marked broken",
            "Certificate=Suspended:from the per-key setting");
  }

  @Test
  void hundredsOfFilesInOneCallAreAllAssessed() throws IOException {
    List<String> args = new ArrayList<>(List.of("admin", "health", "-o", "json"));
    for (int i = 0; i < 300; i++) {
      args.add(
          write(
                  "many/pvc-" + i + ".yaml",
                  "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data-"
                      + i
                      + "}\nstatus: {phase: Bound}\n")
              .toString());
    }

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(300).allMatch(l -> l.contains("\"status\":\"Healthy\""));
  }

  @Test
  void unreadableOrInvalidFileIsReportedAndExitsOneButOthersAreStillPrinted() throws IOException {
    Path good = write("good.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: a}\n");
    Path bad = write("bad.yaml", "kind: [unclosed\n");
    String missing = dir.resolve("missing.yaml").toString();

    CliRun run = CliRun.of("admin", "health", bad.toString(), missing, good.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).containsExactly(good + ": v1 Service a: Healthy");
    assertThat(run.err())
        .contains(bad.toString())
        .contains(missing + ": cannot read: no such file");
  }

  @Test
  void brokenCustomizationsAreReportedNamingTheFile() throws IOException {
    Path settings = write("cm.yaml", "apiVersion: v1\nkind: Secret\n");
    Path file = write("a.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: a}\n");

    CliRun run = CliRun.of("admin", "health", "--settings", settings.toString(), file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(settings + ": no ConfigMap found");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }
}
