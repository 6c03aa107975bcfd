package io.mooring.kube.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.engine.resource.GroupKind;
import io.mooring.kube.testing.MutableClock;
import io.mooring.kube.testing.SandboxCluster;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Discovery against the embedded cluster, which serves the built-in groups like a real one. */
class ApiDiscoveryTest {
  private static SandboxCluster cluster;
  private static List<ApiResourceType> types;

  @BeforeAll
  static void discover() {
    cluster = SandboxCluster.start();
    types = new ApiDiscovery(cluster.client()).discover();
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  private static ApiResourceType type(String group, String kind) {
    return types.stream()
        .filter(t -> t.groupKind().equals(new GroupKind(group, kind)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(group + "/" + kind + " not discovered in " + types));
  }

  @Test
  void builtInTypesAreListedWithVersionPluralScopeAndVerbs() {
    ApiResourceType deployment = type("apps", "Deployment");
    assertThat(deployment.version()).isEqualTo("v1");
    assertThat(deployment.plural()).isEqualTo("deployments");
    assertThat(deployment.namespaced()).isTrue();
    assertThat(deployment.verbs()).contains("list", "watch", "create", "patch", "delete");

    ApiResourceType namespace = type("", "Namespace");
    assertThat(namespace.apiVersion()).isEqualTo("v1");
    assertThat(namespace.namespaced()).isFalse();
    assertThat(type("", "ConfigMap").plural()).isEqualTo("configmaps");
  }

  @Test
  void subresourcesAreNotTypes() {
    assertThat(types).extracting(ApiResourceType::plural).noneMatch(plural -> plural.contains("/"));
  }

  @Test
  void eachGroupAppearsInOneVersionOnly() {
    assertThat(types).extracting(ApiResourceType::groupKind).doesNotHaveDuplicates();
  }

  @Test
  void catalogDiscoversOnceAndAgainOnlyForAnUnknownType() {
    AtomicInteger discoveries = new AtomicInteger();
    MutableClock clock = new MutableClock();
    ApiDiscovery discovery = new ApiDiscovery(cluster.client());
    ApiResourceCatalog catalog =
        new ApiResourceCatalog(
            () -> {
              discoveries.incrementAndGet();
              return discovery.discover();
            },
            Duration.ofSeconds(5),
            clock);

    assertThat(catalog.find(new GroupKind("apps", "Deployment"))).isPresent();
    assertThat(catalog.find(new GroupKind("", "Pod"))).isPresent();
    assertThat(discoveries).hasValue(1);

    assertThat(catalog.find(new GroupKind("example.com", "Nothing"))).isEmpty();
    assertThat(catalog.find(new GroupKind("example.com", "Nothing"))).isEmpty();
    assertThat(discoveries).as("not again within the interval").hasValue(1);

    clock.advance(Duration.ofSeconds(6));
    assertThat(catalog.find(new GroupKind("example.com", "Nothing"))).isEmpty();
    assertThat(discoveries).as("an unknown type re-discovers after the interval").hasValue(2);
  }
}
