package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.cli.client.ConfigStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginCommandTest {
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

  private ClientSession session() {
    return new ClientSession(server, home.resolve("mooring").resolve("config"));
  }

  @Test
  void loginWithPasswordSavesCurrentContextInOwnerOnlyFile() throws Exception {
    ClientSession session = session();
    CliRun login =
        session.run(
            "login",
            server.address(),
            "--plaintext",
            "--username",
            "admin",
            "--password",
            server.adminPassword());

    assertThat(login.exitCode()).isZero();
    Golden.assertMatches("login.txt", login.out());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(session.configFile())))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(session.configFile().getParent())))
        .isEqualTo("rwx------");
    assertThat(session.run("account", "get-user-info").out()).contains("Username: admin");
  }

  @Test
  void configFileNeverEchoesTheTokenToTheTerminal() {
    ClientSession session = session().loggedInAsAdmin();

    CliRun contexts = session.run("context");

    assertThat(contexts.out()).doesNotContain(savedToken(session));
    Golden.assertMatches("context-list.txt", contexts.out());
  }

  @Test
  void wrongPasswordIsRefusedWithTheServersMessage() {
    CliRun login =
        session()
            .run(
                "login",
                server.address(),
                "--plaintext",
                "--username",
                "admin",
                "--password",
                "nope");

    assertThat(login.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(login.err()).isEqualTo("error: Invalid username or password\n");
  }

  @Test
  void loginWithAnExistingTokenSavesAContextForItsUser() {
    ClientSession first = session().loggedInAsAdmin();
    String token = savedToken(first);
    ClientSession second = new ClientSession(server, home.resolve("other").resolve("config"));

    CliRun login =
        second.run("login", server.address(), "--plaintext", "--token", token, "--name", "ci");

    assertThat(login.exitCode()).isZero();
    assertThat(login.out())
        .isEqualTo("'admin' logged in to http://SERVER; context 'ci' is current\n");
  }

  @Test
  void bogusTokenIsRefusedAsUnauthorized() {
    CliRun login =
        session().run("login", server.address(), "--plaintext", "--token", "not-a-token");

    assertThat(login.exitCode()).isEqualTo(ExitCodes.UNAUTHORIZED);
    assertThat(login.err()).contains("run `mooring login SERVER` to log in again");
  }

  @Test
  void loginWithoutCredentialsOrTerminalIsAUsageError() {
    CliRun login = session().run("login", server.address(), "--plaintext", "--username", "admin");

    assertThat(login.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(login.err()).contains("missing --password (no terminal to prompt on)");
  }

  @Test
  void unreachableServerIsNamedInTheError() {
    CliRun login =
        session()
            .run("login", "127.0.0.1:1", "--plaintext", "--username", "admin", "--password", "x");

    assertThat(login.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(login.err()).startsWith("error: cannot reach the server at http://127.0.0.1:1 (");
  }

  static String savedToken(ClientSession session) {
    try {
      return new ConfigStore(session.configFile()).load().current().orElseThrow().token();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
