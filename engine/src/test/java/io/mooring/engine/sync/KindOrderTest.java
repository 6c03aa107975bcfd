package io.mooring.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KindOrderTest {

  @Test
  void namespacesComeFirstAndApiServicesLastOfTheKnownKinds() {
    assertThat(KindOrder.rank("Namespace")).isZero();
    assertThat(KindOrder.rank("APIService")).isEqualTo(KindOrder.KINDS.size() - 1);
  }

  @Test
  void crdsComeBeforeWorkloadsAndWorkloadsBeforeIngresses() {
    assertThat(KindOrder.rank("CustomResourceDefinition")).isLessThan(KindOrder.rank("Deployment"));
    assertThat(KindOrder.rank("Deployment")).isLessThan(KindOrder.rank("IngressClass"));
    assertThat(KindOrder.rank("IngressClass")).isLessThan(KindOrder.rank("Ingress"));
  }

  @Test
  void unknownKindsComeAfterEveryKnownKind() {
    assertThat(KindOrder.rank("Widget")).isEqualTo(KindOrder.KINDS.size());
    assertThat(KindOrder.rank("Rollout")).isGreaterThan(KindOrder.rank("APIService"));
  }

  @Test
  void theTableHoldsThirtyFiveKindsOnce() {
    assertThat(KindOrder.KINDS).hasSize(35).doesNotHaveDuplicates();
  }
}
