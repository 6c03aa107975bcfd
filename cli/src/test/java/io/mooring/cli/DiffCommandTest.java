package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  private static final String DESIRED =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
        template:
          spec:
            containers:
            - name: web
              image: nginx:1.27
              resources:
                requests: {cpu: 1000m, memory: 1Gi}
      """;
  private static final String LIVE =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        namespace: default
        uid: 6c1f0a52-1111-2222-3333-444455556666
        resourceVersion: "42"
        generation: 7
      spec:
        replicas: 2
        progressDeadlineSeconds: 600
        template:
          spec:
            containers:
            - name: web
              image: nginx:1.27
              imagePullPolicy: IfNotPresent
              resources:
                requests: {cpu: "1", memory: 1024Mi}
      status:
        readyReplicas: 2
      """;
  private static final String DESIRED_SECRET =
      """
      apiVersion: v1
      kind: Secret
      metadata: {name: db}
      stringData: {password: correct-horse}
      """;
  private static final String LIVE_SECRET =
      """
      apiVersion: v1
      kind: Secret
      metadata: {name: db, namespace: default}
      data: {password: aHVudGVyMg==}
      """;

  @TempDir Path dir;
  private Path desired;
  private Path live;

  @BeforeEach
  void writeFixtures() throws IOException {
    desired = write("deployment-replicas-changed-desired.yaml", DESIRED);
    live = write("deployment-replicas-changed-live.yaml", LIVE);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void modifiedObjectPrintsUnifiedDiffAndExitsOne() {
    CliRun run = CliRun.of("admin", "diff", desired.toString(), live.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("--- live/Deployment.apps/default/web")
        .contains("-  replicas: 2\n+  replicas: 3")
        .doesNotContain("cpu", "resourceVersion", "readyReplicas");
  }

  @Test
  void ignoredDifferenceMakesItInSyncAndExitsZero() throws IOException {
    Path rules =
        write(
            "ignore.yaml",
            """
            - group: "*"
              kind: "*"
              jsonPointers: [/spec/replicas]
            """);

    CliRun run =
        CliRun.of(
            "admin",
            "diff",
            desired.toString(),
            live.toString(),
            "--ignore-differences",
            rules.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void jsonOutputHasModifiedAndDiff() throws IOException {
    CliRun run = CliRun.of("admin", "diff", desired.toString(), live.toString(), "-o", "json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(json.path("modified").asBoolean()).isTrue();
    assertThat(json.path("diff").asText()).contains("+  replicas: 3");
  }

  @Test
  void secretValuesAreMaskedInTheDiff() throws IOException {
    Path desiredSecret = write("secret-desired.yaml", DESIRED_SECRET);
    Path liveSecret = write("secret-live.yaml", LIVE_SECRET);

    CliRun run = CliRun.of("admin", "diff", desiredSecret.toString(), liveSecret.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("-  password: ++++++++++++", "+  password: ++++++++")
        .doesNotContain("aHVudGVyMg==", "correct-horse", "Y29ycmVjdC1ob3JzZQ==");
  }

  @Test
  void missingFileIsAnErrorNamingItAndExitsTwo() {
    Path missing = dir.resolve("nope.yaml");

    CliRun run = CliRun.of("admin", "diff", desired.toString(), missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: " + missing + ": no such file");
  }

  @Test
  void badIgnoreDifferencesFileIsAnErrorNamingTheRuleAndExitsTwo() throws IOException {
    Path rules = write("ignore.yaml", "- kind: Deployment\n  jsonPointer: [/spec/replicas]\n");

    CliRun run =
        CliRun.of(
            "admin",
            "diff",
            desired.toString(),
            live.toString(),
            "--ignore-differences",
            rules.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(rules + ": rule 1: unknown field 'jsonPointer'");
  }

  @Test
  void fileWithTwoObjectsIsAnErrorAndExitsTwo() throws IOException {
    Path two = write("two.yaml", DESIRED + "---\n" + DESIRED);

    CliRun run = CliRun.of("admin", "diff", two.toString(), live.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(two + ": holds 2 objects");
  }

  @Test
  void identicalFilesAreInSyncThroughMainRun() {
    assertThat(Main.run("admin", "diff", live.toString(), live.toString())).isZero();
  }
}
