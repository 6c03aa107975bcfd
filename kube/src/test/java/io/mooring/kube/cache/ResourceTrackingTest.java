package io.mooring.kube.cache;

import static io.mooring.kube.testing.Manifests.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.resource.ResourceKey;
import org.junit.jupiter.api.Test;

class ResourceTrackingTest {
  private static final ObjectNode DEPLOYMENT =
      yaml("{apiVersion: apps/v1, kind: Deployment, metadata: {name: web, namespace: shop}}");

  @Test
  void labelTrackingReadsTheInstanceLabel() {
    ObjectNode live =
        yaml(
            "{apiVersion: v1, kind: ConfigMap, metadata: {name: a, labels: {app.kubernetes.io/instance: guestbook}}}");

    assertThat(ResourceTracking.defaults().appOf(live)).contains("guestbook");
  }

  @Test
  void annotationTrackingReadsTheTrackingId() {
    ResourceTracking tracking =
        new ResourceTracking(TrackingMethod.ANNOTATION, ResourceTracking.DEFAULT_LABEL);
    ObjectNode live = tracking.stamp(DEPLOYMENT, "guestbook");

    assertThat(tracking.appOf(live)).contains("guestbook");
    assertThat(
            live.path("metadata")
                .path("annotations")
                .path("argocd.argoproj.io/tracking-id")
                .asText())
        .isEqualTo("guestbook:apps/Deployment:shop/web");
    assertThat(live.path("metadata").has("labels")).isFalse();
  }

  @Test
  void trackingIdCopiedOntoAnotherObjectDoesNotClaimIt() {
    ResourceTracking tracking =
        new ResourceTracking(TrackingMethod.ANNOTATION, ResourceTracking.DEFAULT_LABEL);
    ObjectNode copy = tracking.stamp(DEPLOYMENT, "guestbook");
    copy.withObjectProperty("metadata").put("name", "web-copy");

    assertThat(tracking.appOf(copy)).isEmpty();
  }

  @Test
  void annotationTrackingIgnoresTheLabel() {
    ResourceTracking tracking =
        new ResourceTracking(TrackingMethod.ANNOTATION, ResourceTracking.DEFAULT_LABEL);
    ObjectNode labelled = ResourceTracking.defaults().stamp(DEPLOYMENT, "guestbook");

    assertThat(tracking.appOf(labelled)).isEmpty();
  }

  @Test
  void annotationPlusLabelWritesBothAndReadsTheAnnotation() {
    ResourceTracking tracking =
        new ResourceTracking(TrackingMethod.ANNOTATION_AND_LABEL, ResourceTracking.DEFAULT_LABEL);

    ObjectNode stamped = tracking.stamp(DEPLOYMENT, "guestbook");

    assertThat(stamped.at("/metadata/labels/app.kubernetes.io~1instance").asText())
        .isEqualTo("guestbook");
    assertThat(tracking.appOf(stamped)).contains("guestbook");
  }

  @Test
  void customLabelKeyIsHonoured() {
    ResourceTracking tracking = new ResourceTracking(TrackingMethod.LABEL, "mooring.io/app");

    assertThat(tracking.appOf(tracking.stamp(DEPLOYMENT, "shop"))).contains("shop");
    assertThat(ResourceTracking.defaults().appOf(tracking.stamp(DEPLOYMENT, "shop"))).isEmpty();
  }

  @Test
  void trackingIdOfACoreTypeHasAnEmptyGroupAndRoundTrips() {
    TrackingId id = new TrackingId("app", new ResourceKey("", "ConfigMap", "ns", "cm"));

    assertThat(id.format()).isEqualTo("app:/ConfigMap:ns/cm");
    assertThat(TrackingId.parse(id.format())).contains(id);
    assertThat(TrackingId.parse("not-a-tracking-id")).isEmpty();
  }

  @Test
  void trackingMethodParsesArgoCdSettingValues() {
    assertThat(TrackingMethod.parse("annotation+label"))
        .isEqualTo(TrackingMethod.ANNOTATION_AND_LABEL);
    assertThat(TrackingMethod.parse("")).isEqualTo(TrackingMethod.LABEL);
    assertThatThrownBy(() -> TrackingMethod.parse("uid"))
        .hasMessageContaining("unknown resource tracking method 'uid'");
  }
}
