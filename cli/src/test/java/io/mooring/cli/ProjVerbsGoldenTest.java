package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ModelCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code proj} verbs against the real server: each test changes a project of its own (created
 * once, before the list is taken), so the tests do not depend on their order; human output is
 * compared with golden files.
 */
@ExtendWith(RealServerExtension.class)
class ProjVerbsGoldenTest {
  private static final String LOCAL = "https://kubernetes.default.svc";
  @TempDir static Path work;
  static RealServer server;
  static ClientSession admin;
  static CliRun createShop;
  static CliRun list;

  @BeforeAll
  static void createTheProjects(RealServer shared) throws IOException {
    server = shared;
    admin = new ClientSession(server, work.resolve("config")).loggedInAsAdmin();
    createShop = createShop();
    Path opsFile = work.resolve("ops-project.yaml");
    Files.writeString(
        opsFile,
        """
        apiVersion: argoproj.io/v1alpha1
        kind: AppProject
        metadata:
          name: ops
        spec:
          description: cluster-wide tooling
          sourceRepos: ["*"]
          destinations:
          - server: https://kubernetes.default.svc
            namespace: "*"
          clusterResourceWhitelist:
          - group: "*"
            kind: "*"
        """);
    succeeded(admin.run("proj", "create", "-f", opsFile.toString()));
    for (String project : new String[] {"sources", "kinds", "windows", "roles"}) {
      succeeded(
          admin.run("proj", "create", project, "--src", "*", "--dest", LOCAL + "," + project));
    }
    list = admin.run("proj", "list");
  }

  private static CliRun createShop() {
    return admin.run(
        "proj",
        "create",
        "shop",
        "--description",
        "the shop team",
        "--src",
        "https://git.example.com/shop/*",
        "--dest",
        LOCAL + ",shop",
        "--dest",
        LOCAL + ",shop-*");
  }

  private static String succeeded(CliRun run) {
    assertThat(run.exitCode()).as("stdout:\n%s\nstderr:\n%s", run.out(), run.err()).isZero();
    return server.mask(run.out());
  }

  private static JsonNode json(CliRun run) throws IOException {
    return ModelCodec.jsonMapper().readTree(succeeded(run));
  }

  @Test
  void createSaysWhetherItCreatedTheProject() {
    assertThat(succeeded(createShop)).isEqualTo("project 'shop' created\n");
    assertThat(succeeded(createShop())).isEqualTo("project 'shop' unchanged\n");
  }

  @Test
  void aDifferentProjectOfTheSameNameNeedsUpsert() {
    succeeded(admin.run("proj", "create", "draft", "--description", "first"));

    CliRun refused = admin.run("proj", "create", "draft", "--description", "second");
    CliRun upserted = admin.run("proj", "create", "draft", "--description", "second", "--upsert");
    CliRun deleted = admin.run("proj", "delete", "draft");

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).startsWith("error: ").contains("upsert");
    assertThat(succeeded(upserted)).isEqualTo("project 'draft' updated\n");
    assertThat(succeeded(deleted)).isEqualTo("project 'draft' deleted\n");
    assertThat(admin.run("proj", "get", "draft").exitCode()).isEqualTo(1);
  }

  @Test
  void getShowsTheProjectsRules() {
    Golden.assertMatches("proj-get-shop.txt", succeeded(admin.run("proj", "get", "shop")));
    Golden.assertMatches("proj-get-ops.txt", succeeded(admin.run("proj", "get", "ops")));
  }

  @Test
  void getAsJsonIsTheAppProject() throws IOException {
    JsonNode shop = json(admin.run("proj", "get", "shop", "-o", "json"));

    assertThat(shop.path("kind").asText()).isEqualTo("AppProject");
    assertThat(shop.path("spec").path("description").asText()).isEqualTo("the shop team");
    assertThat(shop.path("spec").path("destinations")).hasSize(2);
  }

  @Test
  void listShowsEveryProjectInATable() throws IOException {
    Golden.assertMatches("proj-list.txt", succeeded(list));

    JsonNode projects = json(admin.run("proj", "list", "-o", "json"));
    assertThat(projects.findValuesAsText("name")).contains("default", "ops", "shop");
  }

  @Test
  void sourcesAndDestinationsAreAddedOnceAndRemoved() throws IOException {
    CliRun added = admin.run("proj", "add-source", "sources", "https://git.example.com/*");
    CliRun again = admin.run("proj", "add-source", "sources", "https://git.example.com/*");
    CliRun destination =
        admin.run("proj", "add-destination", "sources", "in-cluster", "tools", "--name");
    JsonNode withBoth = json(admin.run("proj", "get", "sources", "-o", "json")).path("spec");
    CliRun removed = admin.run("proj", "remove-source", "sources", "https://git.example.com/*");
    CliRun removedDestination =
        admin.run("proj", "remove-destination", "sources", "in-cluster", "tools", "--name");
    JsonNode after = json(admin.run("proj", "get", "sources", "-o", "json")).path("spec");

    assertThat(succeeded(added)).isEqualTo("project 'sources' updated\n");
    assertThat(succeeded(again)).isEqualTo("project 'sources' unchanged\n");
    assertThat(succeeded(destination)).isEqualTo("project 'sources' updated\n");
    assertThat(withBoth.path("sourceRepos").toString())
        .isEqualTo("[\"*\",\"https://git.example.com/*\"]");
    assertThat(withBoth.path("destinations").toString()).contains("\"name\":\"in-cluster\"");
    assertThat(succeeded(removed)).isEqualTo("project 'sources' updated\n");
    assertThat(succeeded(removedDestination)).isEqualTo("project 'sources' updated\n");
    assertThat(after.path("sourceRepos").toString()).isEqualTo("[\"*\"]");
    assertThat(after.path("destinations")).hasSize(1);
  }

  @Test
  void resourceKindsMoveBetweenTheAllowAndDenyLists() {
    succeeded(
        admin.run(
            "proj", "allow-cluster-resource", "kinds", "rbac.authorization.k8s.io", "ClusterRole"));
    succeeded(admin.run("proj", "allow-cluster-resource", "kinds", "", "Namespace"));
    succeeded(admin.run("proj", "deny-cluster-resource", "kinds", "", "Namespace"));
    succeeded(
        admin.run(
            "proj", "deny-cluster-resource", "kinds", "", "PersistentVolume", "--list", "deny"));
    succeeded(admin.run("proj", "deny-namespace-resource", "kinds", "", "ResourceQuota"));
    succeeded(admin.run("proj", "deny-namespace-resource", "kinds", "", "LimitRange"));
    succeeded(admin.run("proj", "allow-namespace-resource", "kinds", "", "LimitRange"));
    succeeded(
        admin.run(
            "proj", "allow-namespace-resource", "kinds", "apps", "Deployment", "--list", "allow"));

    Golden.assertMatches("proj-get-kinds.txt", succeeded(admin.run("proj", "get", "kinds")));
  }

  @Test
  void windowsAreAddedListedWithTheirStatusAndDeletedById() {
    CliRun always =
        admin.run(
            "proj",
            "windows",
            "add",
            "windows",
            "--kind",
            "deny",
            "--schedule",
            "* * * * *",
            "--duration",
            "1h",
            "--applications",
            "*",
            "--manual-sync");
    CliRun newYear =
        admin.run(
            "proj",
            "windows",
            "add",
            "windows",
            "--kind",
            "allow",
            "--schedule",
            "0 0 1 1 *",
            "--duration",
            "1m",
            "--namespaces",
            "windows,tools",
            "--clusters",
            LOCAL);
    String both = succeeded(admin.run("proj", "windows", "list", "windows"));
    CliRun deleted = admin.run("proj", "windows", "delete", "windows", "0");
    CliRun missing = admin.run("proj", "windows", "delete", "windows", "5");
    String one = succeeded(admin.run("proj", "windows", "list", "windows"));

    assertThat(succeeded(always)).isEqualTo("project 'windows' updated\n");
    assertThat(succeeded(newYear)).isEqualTo("project 'windows' updated\n");
    Golden.assertMatches("proj-windows-list.txt", both);
    assertThat(succeeded(deleted)).isEqualTo("project 'windows' updated\n");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err())
        .isEqualTo(
            "error: there is no sync window 5 (the project has 1 window; see mooring proj windows list)\n");
    assertThat(one).doesNotContain("deny").contains("allow");
  }

  @Test
  void aWindowMustMatchSomething() {
    CliRun run =
        admin.run(
            "proj",
            "windows",
            "add",
            "windows",
            "--kind",
            "deny",
            "--schedule",
            "* * * * *",
            "--duration",
            "1h");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--applications, --namespaces or --clusters");
  }

  @Test
  void aRoleGetsPoliciesAndATokenThatActsAsTheRole() throws IOException {
    CliRun created =
        admin.run("proj", "role", "create", "roles", "deployer", "--description", "CI syncs");
    CliRun policy =
        admin.run("proj", "role", "add-policy", "roles", "deployer", "-a", "sync", "-o", "*");
    CliRun token =
        admin.run("proj", "role", "create-token", "roles", "deployer", "--id", "ci", "-e", "1h");
    CliRun noSuchRole =
        admin.run("proj", "role", "add-policy", "roles", "nobody", "-a", "get", "-o", "*");

    assertThat(succeeded(created)).isEqualTo("project 'roles' updated\n");
    assertThat(succeeded(policy)).isEqualTo("project 'roles' updated\n");
    assertThat(noSuchRole.exitCode()).isEqualTo(1);
    assertThat(noSuchRole.err()).contains("no role 'nobody'");
    Golden.assertMatches("proj-get-roles.txt", succeeded(admin.run("proj", "get", "roles")));
    ClientSession deployer = new ClientSession(server, work.resolve("deployer-config"));
    succeeded(
        deployer.run("login", server.address(), "--plaintext", "--token", token.out().trim()));
    assertThat(succeeded(deployer.run("account", "can-i", "sync", "applications", "roles/web")))
        .isEqualTo("yes\n");
    assertThat(succeeded(deployer.run("account", "can-i", "sync", "applications", "shop/web")))
        .isEqualTo("no\n");
  }
}
