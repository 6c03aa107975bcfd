package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionCommandTest {
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

  @Test
  void clientVersionNeedsNoServerOrLogin() {
    CliRun version = new ClientSession(server, home.resolve("none")).run("version", "--client");

    assertThat(version.exitCode()).isZero();
    Golden.assertMatches("version-client.txt", withoutJavaDetails(version.out()));
  }

  @Test
  void versionAlsoAsksTheServer() {
    ClientSession session = new ClientSession(server, home.resolve("config")).loggedInAsAdmin();

    CliRun version = session.run("version");

    Golden.assertMatches("version.txt", withoutJavaDetails(version.out()));
  }

  @Test
  void versionAsJsonHasClientAndServer() throws Exception {
    ClientSession session = new ClientSession(server, home.resolve("config")).loggedInAsAdmin();

    JsonNode json = ModelCodec.jsonMapper().readTree(session.run("version", "-o", "json").out());

    assertThat(json.path("client").path("Version").asText()).isEqualTo(MooringVersion.current());
    assertThat(json.path("server").path("Version").asText()).isEqualTo(InProcessApiServer.VERSION);
  }

  private static String withoutJavaDetails(String out) {
    return out.replace(MooringVersion.current(), "VERSION")
        .replaceAll("(?m)^  (Java|Platform): .*$", "  $1: …");
  }
}
