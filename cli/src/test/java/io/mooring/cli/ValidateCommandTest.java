package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String VALID_APP =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Application
      metadata:
        name: web
      spec:
        source:
          repoURL: https://git.example.com/web.git
          path: deploy
        destination:
          server: https://kubernetes.default.svc
          namespace: web
      """;

  @TempDir Path dir;

  @Test
  void validFilesExitZeroAndSaySoOnStderr() throws IOException {
    Path file = write("apps/web.yaml", VALID_APP);

    CliRun run = CliRun.of("admin", "validate", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("valid: 1 Application/AppProject document in 1 file");
  }

  @Test
  void directoriesAreSearchedRecursivelyAndEachProblemIsOneLine() throws IOException {
    write("apps/web.yaml", VALID_APP);
    write("apps/team/broken.yaml", VALID_APP.replace("name: web", "name: Web_App"));
    write("apps/team/notes.txt", "not a manifest");

    CliRun run = CliRun.of("admin", "validate", dir.resolve("apps").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            dir.resolve("apps/team/broken.yaml")
                + ": document 0: metadata.name: 'Web_App' is not a valid DNS-1123 subdomain: use"
                + " lower-case letters, digits, '-' and '.', starting and ending with a letter or"
                + " digit");
    assertThat(run.err()).contains("1 problem in 2 Application/AppProject documents in 2 files");
  }

  @Test
  void jsonOutputIsOneObjectPerProblem() throws IOException {
    Path file =
        write(
            "web.yaml",
            VALID_APP.replace("namespace: web", "namespace: web\n    name: in-cluster")
                + "  revisionHistoryLimit: -3\n");

    CliRun run = CliRun.of("admin", "validate", "-o", "json", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .containsExactly(
            "{\"file\":\""
                + file
                + "\",\"document\":0,\"path\":\"spec.destination\","
                + "\"message\":\"server and name are both set; set exactly one of them\"}",
            "{\"file\":\""
                + file
                + "\",\"document\":0,\"path\":\"spec.revisionHistoryLimit\","
                + "\"message\":\"must be 0 or more (got -3); the default is 10\"}");
  }

  @Test
  void aMissingPathIsAUsageError() {
    CliRun run = CliRun.of("admin", "validate", dir.resolve("nope.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope.yaml: no such file or directory");
  }

  @Test
  void noArgumentsIsAUsageError() {
    CliRun run = CliRun.of("admin", "validate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }
}
