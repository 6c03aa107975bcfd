package io.mooring.sandbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiPathTest {
  @Test
  void namespacedSubresourcePathIsTakenApart() {
    ApiPath p =
        ApiPath.parse("/apis/apps/v1/namespaces/shop/deployments/web/scale?dryRun=All")
            .orElseThrow();

    assertThat(p.group()).isEqualTo("apps");
    assertThat(p.namespace()).isEqualTo("shop");
    assertThat(p.resource()).isEqualTo("deployments");
    assertThat(p.name()).isEqualTo("web");
    assertThat(p.subresource()).isEqualTo("scale");
    assertThat(p.isDryRun()).isTrue();
  }

  @Test
  void namespaceStatusIsTheNamespacesOwnSubresource() {
    ApiPath p = ApiPath.parse("/api/v1/namespaces/shop/status").orElseThrow();

    assertThat(p.resource()).isEqualTo("namespaces");
    assertThat(p.name()).isEqualTo("shop");
    assertThat(p.subresource()).isEqualTo("status");
    assertThat(p.namespace()).isNull();
  }

  @Test
  void discoveryPathsAreNotResourcePaths() {
    assertThat(ApiPath.parse("/version")).isEmpty();
    assertThat(ApiPath.parse("/apis")).isEmpty();
  }
}
