package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountCommandTest {
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

  private ClientSession alice() {
    ClientSession alice = new ClientSession(server, home.resolve("alice"));
    CliRun login =
        alice.run(
            "login",
            server.address(),
            "--plaintext",
            "--username",
            "alice",
            "--password",
            InProcessApiServer.ALICE_PASSWORD);
    assertThat(login.exitCode()).isZero();
    return alice;
  }

  @Test
  void userInfoShowsWhoIsLoggedIn() {
    Golden.assertMatches(
        "account-get-user-info.txt", alice().run("account", "get-user-info").out());
  }

  @Test
  void adminMaySyncAnything() {
    ClientSession admin = new ClientSession(server, home.resolve("admin")).loggedInAsAdmin();

    CliRun canI = admin.run("account", "can-i", "sync", "applications", "default/guestbook");

    assertThat(canI.exitCode()).isZero();
    assertThat(canI.out()).isEqualTo("yes\n");
  }

  @Test
  void accountWithoutPoliciesMayNotSync() {
    CliRun canI = alice().run("account", "can-i", "sync", "applications", "*");

    assertThat(canI.out()).isEqualTo("no\n");
  }

  @Test
  void changingOwnPasswordKeepsTheContextLoggedIn() {
    ClientSession alice = alice();

    CliRun update =
        alice.run(
            "account",
            "update-password",
            "--current-password",
            InProcessApiServer.ALICE_PASSWORD,
            "--new-password",
            "a-new-password");
    CliRun info = alice.run("account", "get-user-info");
    CliRun relogin =
        alice.run(
            "login",
            server.address(),
            "--plaintext",
            "--username",
            "alice",
            "--password",
            "a-new-password");
    alice.run(
        "account",
        "update-password",
        "--current-password",
        "a-new-password",
        "--new-password",
        InProcessApiServer.ALICE_PASSWORD);

    assertThat(update.out()).isEqualTo("changed your password\n");
    assertThat(info.out()).contains("Username: alice");
    assertThat(relogin.exitCode()).isZero();
  }

  @Test
  void wrongCurrentPasswordIsExplained() {
    CliRun update =
        alice()
            .run(
                "account",
                "update-password",
                "--current-password",
                "wrong-one",
                "--new-password",
                "a-new-password");

    assertThat(update.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(update.err())
        .isEqualTo("error: field 'currentPassword' does not match your current password\n");
  }
}
