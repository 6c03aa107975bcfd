package io.mooring.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.model.AppProjectSpec;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ModelCodec;
import io.mooring.model.SyncWindow;
import org.junit.jupiter.api.Test;

class ProjectEditsTest {
  @Test
  void aSourceIsAddedOnceAndTheLastRemovalDropsTheList() {
    AppProjectSpec spec = new AppProjectSpec();

    ProjectEdits.addSource(spec, "https://a");
    ProjectEdits.addSource(spec, "https://a");
    assertThat(spec.sourceRepos).containsExactly("https://a");

    ProjectEdits.removeSource(spec, "https://a");
    assertThat(spec.sourceRepos).isNull();
  }

  @Test
  void destinationsAreTheSameOnlyWithTheSameServerNameAndNamespace() {
    AppProjectSpec spec = new AppProjectSpec();
    ProjectEdits.addDestination(spec, destination("https://x", null, "web"));
    ProjectEdits.addDestination(spec, destination(null, "x", "web"));
    ProjectEdits.addDestination(spec, destination("https://x", null, "web"));

    ProjectEdits.removeDestination(spec, destination("https://x", null, "db"));
    assertThat(spec.destinations).hasSize(2);

    ProjectEdits.removeDestination(spec, destination("https://x", null, "web"));
    assertThat(spec.destinations).singleElement().extracting(d -> d.name).isEqualTo("x");
  }

  @Test
  void kindsAreAddedOnceToTheChosenListAndTheCoreGroupIsEmpty() {
    AppProjectSpec spec = new AppProjectSpec();

    ResourceKindList.CLUSTER_DENY.add(spec, "", "Namespace");
    ResourceKindList.CLUSTER_DENY.add(spec, "", "Namespace");
    ResourceKindList.NAMESPACE_ALLOW.add(spec, "apps", "Deployment");

    assertThat(ModelCodec.toJson(spec))
        .isEqualTo(
            "{\"clusterResourceBlacklist\":[{\"group\":\"\",\"kind\":\"Namespace\"}],"
                + "\"namespaceResourceWhitelist\":[{\"group\":\"apps\",\"kind\":\"Deployment\"}]}");

    ResourceKindList.CLUSTER_DENY.remove(spec, "", "Namespace");
    assertThat(spec.clusterResourceBlacklist).isNull();
  }

  @Test
  void aWindowIsDeletedByItsIndexAndAMissingOneIsNamed() {
    AppProjectSpec spec = new AppProjectSpec();
    ProjectEdits.addWindow(spec, window("allow"));
    ProjectEdits.addWindow(spec, window("deny"));

    ProjectEdits.deleteWindow(spec, 0);

    assertThat(spec.syncWindows).singleElement().extracting(w -> w.kind).isEqualTo("deny");
    assertThatThrownBy(() -> ProjectEdits.deleteWindow(spec, 1))
        .isInstanceOf(ProjectEditException.class)
        .hasMessage(
            "there is no sync window 1 (the project has 1 window; see mooring proj windows list)");
  }

  @Test
  void aPolicyIsWrittenAsArgoCdsLineOnAnExistingRoleOnly() {
    AppProjectSpec spec = new AppProjectSpec();
    ProjectEdits.createRole(spec, "ci", "CI");
    RolePolicy sync = new RolePolicy("shop", "ci", "applications", "sync", "*", "allow");

    ProjectEdits.addPolicy(spec, "ci", sync);
    ProjectEdits.addPolicy(spec, "ci", sync);

    assertThat(spec.roles.get(0).policies)
        .containsExactly("p, proj:shop:ci, applications, sync, shop/*, allow");
    assertThatThrownBy(() -> ProjectEdits.addPolicy(spec, "ops", sync))
        .isInstanceOf(ProjectEditException.class)
        .hasMessageContaining("no role 'ops'");
    assertThatThrownBy(() -> new RolePolicy("shop", "ci", "applications", "get", "*", "maybe"))
        .hasMessage("permission 'maybe' must be allow or deny");
  }

  private static ApplicationDestination destination(String server, String name, String namespace) {
    ApplicationDestination destination = new ApplicationDestination();
    destination.server = server;
    destination.name = name;
    destination.namespace = namespace;
    return destination;
  }

  private static SyncWindow window(String kind) {
    SyncWindow window = new SyncWindow();
    window.kind = kind;
    window.schedule = "* * * * *";
    window.duration = "1h";
    return window;
  }
}
