package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextCommandTest {
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

  private ClientSession loggedIn() {
    return new ClientSession(server, home.resolve("config")).loggedInAsAdmin();
  }

  @Test
  void switchingContextChangesWhichServerCommandsUse() {
    ClientSession session = loggedIn();
    session.run(
        "login",
        server.address(),
        "--plaintext",
        "--name",
        "staging",
        "--username",
        "alice",
        "--password",
        InProcessApiServer.ALICE_PASSWORD);

    CliRun switched = session.run("context", server.address());

    assertThat(switched.out()).isEqualTo("switched to context 'SERVER'\n");
    Golden.assertMatches("context-list-two.txt", session.run("context").out());
    assertThat(session.run("account", "get-user-info").out()).contains("Username: admin");
  }

  @Test
  void switchingToAnUnknownContextSaysHowToCreateOne() {
    CliRun switched = loggedIn().run("context", "nowhere");

    assertThat(switched.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(switched.err())
        .isEqualTo(
            "error: there is no context named 'nowhere' (see `mooring context`, or create it with"
                + " `mooring login SERVER`)\n");
  }

  @Test
  void logoutForgetsTheTokenSoCommandsAskForALogin() {
    ClientSession session = loggedIn();

    CliRun logout = session.run("logout");
    CliRun list = session.run("app", "list");

    assertThat(logout.out()).isEqualTo("logged out of 'SERVER'\n");
    assertThat(list.exitCode()).isEqualTo(ExitCodes.UNAUTHORIZED);
    assertThat(list.err())
        .isEqualTo("error: not logged in to SERVER: run `mooring login SERVER`\n");
  }

  @Test
  void withoutAnyContextCommandsSayHowToLogIn() {
    CliRun list = new ClientSession(server, home.resolve("empty")).run("app", "list");

    assertThat(list.exitCode()).isEqualTo(ExitCodes.UNAUTHORIZED);
    assertThat(list.err()).isEqualTo("error: not logged in: run `mooring login SERVER`\n");
  }

  @Test
  void deletedContextIsGoneFromTheList() {
    ClientSession session = loggedIn();

    session.run("context", "--delete", server.address());

    assertThat(session.run("context").out()).isEqualTo("CURRENT  NAME  SERVER  USER  LOGGED IN\n");
  }
}
