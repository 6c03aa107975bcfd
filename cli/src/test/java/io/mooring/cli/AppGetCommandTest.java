package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppGetCommandTest {
  static InProcessApiServer server;
  @TempDir Path home;

  @BeforeAll
  static void startServer() {
    server = InProcessApiServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private ClientSession admin() {
    return new ClientSession(server, home.resolve("config")).loggedInAsAdmin();
  }

  @Test
  void healthyAppShowsSummaryAndResources() {
    CliRun get = admin().run("app", "get", "guestbook");

    assertThat(get.exitCode()).isZero();
    Golden.assertMatches("app-get-guestbook.txt", get.out());
  }

  @Test
  void degradedAppShowsConditionsAndHealthMessage() {
    Golden.assertMatches("app-get-payments.txt", admin().run("app", "get", "payments").out());
  }

  @Test
  void wideViewAddsWavesAndResourceMessages() {
    Golden.assertMatches(
        "app-get-payments-wide.txt", admin().run("app", "get", "payments", "-o", "wide").out());
  }

  @Test
  void helmAppShowsItsChart() {
    Golden.assertMatches(
        "app-get-reports.txt", admin().run("app", "get", "reports", "--hard-refresh").out());
  }

  @Test
  void yamlOutputReadsBackAsTheApplication() {
    String yaml = admin().run("app", "get", "payments", "-o", "yaml").out();

    Application app = ModelCodec.readYaml(yaml, Application.class);

    assertThat(app.metadata.name).isEqualTo("payments");
    assertThat(app.status.conditions).hasSize(2);
  }

  @Test
  void unknownAppPrintsTheServersMessage() {
    CliRun get = admin().run("app", "get", "nope");

    assertThat(get.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(get.err()).isEqualTo("error: application 'nope' not found\n");
  }

  @Test
  void refreshAndHardRefreshAreExclusive() {
    CliRun get = admin().run("app", "get", "guestbook", "--refresh", "--hard-refresh");

    assertThat(get.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(get.err()).contains("mutually exclusive");
  }
}
