package io.mooring.kube.apps;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConvertedApplicationsTest {
  private final ConvertedApplications converted = new ConvertedApplications();

  @Test
  void anUnchangedApplicationIsConvertedOnceAndHandedOutAgain() {
    Application first = converted.of(List.of(stored("web", "7", "apps/web"))).get(0);
    Application second = converted.of(List.of(stored("web", "7", "apps/web"))).get(0);

    assertThat(second).isSameAs(first);
    assertThat(second.spec.source.path).isEqualTo("apps/web");
  }

  @Test
  void aNewResourceVersionIsConvertedAgain() {
    Application before = converted.of(List.of(stored("web", "7", "apps/web"))).get(0);
    Application after = converted.of(List.of(stored("web", "8", "apps/web-v2"))).get(0);

    assertThat(after).isNotSameAs(before);
    assertThat(after.spec.source.path).isEqualTo("apps/web-v2");
  }

  @Test
  void aDeletedApplicationIsForgottenSoALaterOneOfTheSameNameIsReadAfresh() {
    converted.of(List.of(stored("web", "7", "apps/web"), stored("api", "3", "apps/api")));
    assertThat(converted.of(List.of(stored("api", "3", "apps/api"))))
        .extracting(app -> app.metadata.name)
        .containsExactly("api");

    Application recreated =
        converted
            .of(List.of(stored("web", "7", "apps/recreated"), stored("api", "3", "apps/api")))
            .get(0);
    assertThat(recreated.spec.source.path).isEqualTo("apps/recreated");
  }

  @Test
  void anUnreadableApplicationIsLeftOutAndTheOthersAreListed() {
    GenericKubernetesResource broken = stored("broken", "2", "apps/broken");
    broken.setAdditionalProperty("spec", "not an object");

    assertThat(converted.of(List.of(broken, stored("api", "3", "apps/api"))))
        .extracting(app -> app.metadata.name)
        .containsExactly("api");
  }

  private static GenericKubernetesResource stored(String name, String version, String path) {
    return ModelCodec.jsonMapper()
        .convertValue(
            ModelCodec.readYaml(
                """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata: {name: %s, namespace: argocd, resourceVersion: '%s'}
                spec:
                  project: default
                  source: {repoURL: 'https://git.example.com/apps.git', path: %s}
                  destination: {server: 'https://kubernetes.default.svc', namespace: web}
                """
                    .formatted(name, version, path),
                Object.class),
            GenericKubernetesResource.class);
  }
}
