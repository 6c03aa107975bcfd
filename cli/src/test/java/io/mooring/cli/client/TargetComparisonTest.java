package io.mooring.cli.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.kube.cache.ResourceTracking;
import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ApplicationSpec;
import io.mooring.model.ModelCodec;
import io.mooring.model.ObjectMeta;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetComparisonTest {
  private static final ResourceTracking TRACKING = ResourceTracking.defaults();

  private static Application app() {
    Application app = new Application();
    app.metadata = new ObjectMeta();
    app.metadata.name = "web";
    app.spec = new ApplicationSpec();
    app.spec.destination = new ApplicationDestination();
    app.spec.destination.namespace = "shop";
    return app;
  }

  private static ObjectNode yaml(String text) {
    return ModelCodec.readYaml(text, ObjectNode.class);
  }

  private static ObjectNode configMap(String greeting) {
    return yaml(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: greeting}\ndata: {greeting: "
            + greeting
            + "}\n");
  }

  /** What the server reports for an object applied from {@code target}. */
  private static ManagedResource live(ObjectNode target) {
    ObjectNode live = TRACKING.stamp(target, "web");
    live.with("metadata").put("namespace", "shop").put("resourceVersion", "7");
    return new ManagedResource(
        "",
        target.path("kind").asText(),
        "shop",
        target.path("metadata").path("name").asText(),
        null,
        live,
        "",
        false,
        false);
  }

  @Test
  void aTargetEqualToLiveOnceTrackedAndPlacedInTheDestinationIsInSync() {
    List<ResourceDiff> diffs =
        TargetComparison.compare(
            app(), List.of(configMap("hello")), List.of(live(configMap("hello"))), TRACKING);

    assertThat(diffs).containsExactly(new ResourceDiff("/ConfigMap shop/greeting", false, ""));
  }

  @Test
  void aChangedValueIsModifiedWithAUnifiedDiff() {
    List<ResourceDiff> diffs =
        TargetComparison.compare(
            app(), List.of(configMap("bonjour")), List.of(live(configMap("hello"))), TRACKING);

    assertThat(diffs)
        .singleElement()
        .satisfies(
            diff -> {
              assertThat(diff.modified()).isTrue();
              assertThat(diff.diff())
                  .contains("-  greeting: hello")
                  .contains("+  greeting: bonjour");
            });
  }

  @Test
  void missingAndExtraResourcesAreModifiedAndHooksAreLeftOut() {
    ObjectNode hook =
        yaml(
            "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  annotations: {argocd.argoproj.io/hook: PreSync}\n");
    ObjectNode extra = yaml("apiVersion: v1\nkind: Service\nmetadata: {name: old}\n");

    List<ResourceDiff> diffs =
        TargetComparison.compare(
            app(), List.of(configMap("hello"), hook), List.of(live(extra)), TRACKING);

    assertThat(diffs)
        .extracting(ResourceDiff::label, ResourceDiff::modified)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/ConfigMap shop/greeting", true),
            org.assertj.core.groups.Tuple.tuple("/Service shop/old", true));
  }

  @Test
  void secretsAreComparedByTheirKeysOnly() {
    ObjectNode target =
        yaml(
            "apiVersion: v1\nkind: Secret\nmetadata: {name: db}\nstringData: {password: new-value}\n");
    ObjectNode masked =
        yaml("apiVersion: v1\nkind: Secret\nmetadata: {name: db}\ndata: {password: '++++++++'}\n");
    ObjectNode moreKeys =
        yaml(
            "apiVersion: v1\nkind: Secret\nmetadata: {name: db}\nstringData: {password: x, user: y}\n");

    assertThat(TargetComparison.compare(app(), List.of(target), List.of(live(masked)), TRACKING))
        .singleElement()
        .extracting(ResourceDiff::modified)
        .isEqualTo(false);
    List<ResourceDiff> added =
        TargetComparison.compare(app(), List.of(moreKeys), List.of(live(masked)), TRACKING);
    assertThat(added)
        .singleElement()
        .satisfies(
            diff -> {
              assertThat(diff.modified()).isTrue();
              assertThat(diff.diff())
                  .contains("+  user: ++++++++")
                  .doesNotContain("new-value", " x\n", " y\n");
            });
  }

  @Test
  void theServersComparisonIsShownAsItSaysLeavingOutHooks() {
    List<ResourceDiff> diffs =
        TargetComparison.fromServer(
            List.of(
                new ManagedResource(
                    "apps", "Deployment", "shop", "web", null, null, "--- a\n", false, true),
                new ManagedResource(
                    "batch", "Job", "shop", "migrate", null, null, "", true, false)));

    assertThat(diffs)
        .containsExactly(new ResourceDiff("apps/Deployment shop/web", true, "--- a\n"));
  }
}
