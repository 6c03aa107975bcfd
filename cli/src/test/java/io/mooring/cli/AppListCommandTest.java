package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppListCommandTest {
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
  void listsEveryApplicationAsAnAlignedTable() {
    CliRun list = admin().run("app", "list");

    assertThat(list.exitCode()).isZero();
    Golden.assertMatches("app-list.txt", list.out());
  }

  @Test
  void wideListAddsRepoPathAndTarget() {
    Golden.assertMatches("app-list-wide.txt", admin().run("app", "list", "-o", "wide").out());
  }

  @Test
  void projectFilterKeepsOnlyThatProject() {
    Golden.assertMatches(
        "app-list-project-billing.txt", admin().run("app", "list", "-p", "billing").out());
  }

  @Test
  void selectorFilterMatchesLabels() {
    CliRun list = admin().run("app", "list", "-l", "team=web");

    assertThat(names(list.out())).containsExactly("guestbook");
  }

  @Test
  void repoFilterIgnoresATrailingDotGit() {
    CliRun list =
        admin().run("app", "list", "-r", "https://github.com/argoproj/argocd-example-apps");

    assertThat(names(list.out())).containsExactly("guestbook");
  }

  @Test
  void malformedSelectorIsAUsageError() {
    CliRun list = admin().run("app", "list", "-l", "team=web,,");

    assertThat(list.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(list.err()).contains("invalid label selector 'team=web,,': empty requirement");
  }

  @Test
  void jsonOutputIsTheArrayOfApplications() throws Exception {
    JsonNode json =
        ModelCodec.jsonMapper().readTree(admin().run("app", "list", "-o", "json").out());

    assertThat(json.isArray()).isTrue();
    assertThat(json.findValuesAsText("name")).contains("guestbook", "payments", "reports");
  }

  @Test
  void anAccountWithoutRightsSeesAnEmptyTable() {
    ClientSession alice = new ClientSession(server, home.resolve("alice"));
    alice.run(
        "login",
        server.address(),
        "--plaintext",
        "--username",
        "alice",
        "--password",
        InProcessApiServer.ALICE_PASSWORD);

    assertThat(alice.run("app", "list").out()).startsWith("NAME ").hasLineCount(1);
  }

  private static java.util.List<String> names(String table) {
    return table.lines().skip(1).map(line -> line.split(" ")[0]).toList();
  }
}
