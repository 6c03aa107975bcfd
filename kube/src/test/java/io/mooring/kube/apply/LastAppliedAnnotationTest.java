package io.mooring.kube.apply;

import static io.mooring.kube.testing.Manifests.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class LastAppliedAnnotationTest {

  @Test
  void stampRecordsTheDesiredObjectWithoutTheAnnotationItself() {
    ObjectNode desired =
        yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: a}, data: {k: v}}");

    ObjectNode stamped = LastAppliedAnnotation.stamp(desired);

    assertThat(LastAppliedAnnotation.read(stamped)).isEqualTo(desired);
    assertThat(desired.path("metadata").has("annotations")).as("input untouched").isFalse();
  }

  @Test
  void restampingReplacesAnOldValueInsteadOfNestingIt() {
    ObjectNode once = LastAppliedAnnotation.stamp(yaml("{kind: ConfigMap, metadata: {name: a}}"));

    ObjectNode twice = LastAppliedAnnotation.stamp(once);

    assertThat(LastAppliedAnnotation.read(twice))
        .isEqualTo(yaml("{kind: ConfigMap, metadata: {name: a}}"));
  }

  @Test
  void unreadableAnnotationCountsAsAbsent() {
    ObjectNode live =
        yaml(
            "metadata: {annotations: {kubectl.kubernetes.io/last-applied-configuration: 'not json'}}");

    assertThat(LastAppliedAnnotation.read(live)).isNull();
  }
}
