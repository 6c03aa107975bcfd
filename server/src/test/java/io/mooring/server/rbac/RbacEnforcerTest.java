package io.mooring.server.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.AppProject;
import io.mooring.server.Fixtures;
import io.mooring.server.auth.Caller;
import io.mooring.server.catalog.ProjectCatalog;
import io.mooring.server.settings.InMemorySettingsStore;
import io.mooring.server.settings.SettingsNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RbacEnforcerTest {
  private final InMemorySettingsStore settings = new InMemorySettingsStore();
  private final List<AppProject> projects = new ArrayList<>();
  private final RbacEnforcer rbac =
      new RbacEnforcer(
          settings,
          new ProjectCatalog() {
            @Override
            public Optional<AppProject> get(String name) {
              return projects.stream().filter(p -> p.metadata.name.equals(name)).findFirst();
            }

            @Override
            public List<AppProject> list() {
              return projects;
            }
          });

  private static Caller account(String name, String... groups) {
    return new Caller(name, Caller.Kind.ACCOUNT, List.of(groups), Optional.empty());
  }

  private void policy(String csv, String defaultRole) {
    settings.putConfigMap(
        SettingsNames.ARGOCD_RBAC_CM, Map.of("policy.csv", csv, "policy.default", defaultRole));
  }

  @Test
  void adminMayDoEverything() {
    assertThat(rbac.allows(account("admin"), "applications", "delete", "prod/api")).isTrue();
    assertThat(rbac.allows(account("admin"), "clusters", "create", "https://x")).isTrue();
  }

  @Test
  void readonlyMayGetButNotChange() {
    policy("g, reader, role:readonly", "");
    Caller reader = account("reader");
    assertThat(rbac.allows(reader, "applications", "get", "prod/api")).isTrue();
    assertThat(rbac.allows(reader, "projects", "get", "prod")).isTrue();
    assertThat(rbac.allows(reader, "applications", "sync", "prod/api")).isFalse();
    assertThat(rbac.allows(reader, "accounts", "update", "admin")).isFalse();
  }

  @Test
  void anAccountWithoutPolicyMayDoNothing() {
    assertThat(rbac.allows(account("nobody"), "applications", "get", "prod/api")).isFalse();
  }

  @Test
  void policyDefaultAppliesToEveryone() {
    policy("", "role:readonly");
    assertThat(rbac.allows(account("nobody"), "applications", "get", "prod/api")).isTrue();
    assertThat(rbac.allows(Caller.anonymous(), "applications", "get", "prod/api")).isTrue();
    assertThat(rbac.allows(Caller.anonymous(), "applications", "sync", "prod/api")).isFalse();
  }

  @Test
  void denyOverridesAllowForTheSameSubject() {
    policy(
        """
        p, role:deployer, applications, *, */*, allow
        p, role:deployer, applications, delete, prod/*, deny
        g, ci, role:deployer
        """,
        "");
    assertThat(rbac.allows(account("ci"), "applications", "delete", "staging/api")).isTrue();
    assertThat(rbac.allows(account("ci"), "applications", "delete", "prod/api")).isFalse();
    assertThat(rbac.allows(account("ci"), "applications", "sync", "prod/api")).isTrue();
  }

  @Test
  void groupsOfTheTokenAreSubjectsToo() {
    policy("g, platform-team, role:admin", "");
    assertThat(rbac.allows(account("sso-user", "platform-team"), "clusters", "delete", "*"))
        .isTrue();
  }

  @Test
  void projectRolesGrantOnlyInsideTheirProject() {
    projects.add(Fixtures.projectWithDeveloperRole("team-a"));
    Caller role =
        new Caller("proj:team-a:developer", Caller.Kind.PROJECT_ROLE, List.of(), Optional.empty());
    assertThat(rbac.allows(role, "applications", "sync", "team-a/frontend")).isTrue();
    assertThat(rbac.allows(role, "applications", "sync", "team-b/billing")).isFalse();
    assertThat(rbac.allows(role, "applications", "delete", "other-project/x"))
        .as("a policy naming another project's objects is ignored")
        .isFalse();
  }

  @Test
  void accountsAndGroupsCanBeBoundToProjectRoles() {
    projects.add(Fixtures.projectWithDeveloperRole("team-a"));
    policy("g, alice, proj:team-a:developer", "");
    assertThat(rbac.allows(account("alice"), "applications", "get", "team-a/frontend")).isTrue();
    assertThat(rbac.allows(account("bob", "team-a-devs"), "applications", "get", "team-a/frontend"))
        .isTrue();
    assertThat(rbac.allows(account("alice"), "applications", "get", "team-b/billing")).isFalse();
  }

  @Test
  void malformedLinesAreSkippedAndTheRestStillApplies() {
    policy(
        """
        p, role:x, applications
        q, what, is, this
        g, reader, role:readonly
        """,
        "");
    assertThat(rbac.allows(account("reader"), "applications", "get", "a/b")).isTrue();
  }
}
