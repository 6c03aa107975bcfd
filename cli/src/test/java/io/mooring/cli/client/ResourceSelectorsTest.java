package io.mooring.cli.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.model.SyncOperationResource;
import org.junit.jupiter.api.Test;

class ResourceSelectorsTest {
  @Test
  void groupKindNameWithOrWithoutANamespace() {
    SyncOperationResource service = ResourceSelectors.parse(":Service:web");
    SyncOperationResource deployment = ResourceSelectors.parse("apps:Deployment:shop/web");

    assertThat(service.group).isEmpty();
    assertThat(service.kind).isEqualTo("Service");
    assertThat(service.namespace).isNull();
    assertThat(service.name).isEqualTo("web");
    assertThat(deployment.group).isEqualTo("apps");
    assertThat(deployment.namespace).isEqualTo("shop");
    assertThat(deployment.name).isEqualTo("web");
  }

  @Test
  void aMalformedResourceNamesTheExpectedForm() {
    for (String bad :
        new String[] {"Service:web", "apps::web", "apps:Deployment:", "a:B:/c", "a:B:x/y/z"}) {
      assertThatThrownBy(() -> ResourceSelectors.parse(bad))
          .hasMessage(
              "--resource '"
                  + bad
                  + "': expected GROUP:KIND:NAME or GROUP:KIND:NAMESPACE/NAME (the group empty for"
                  + " core kinds, e.g. :Service:web or apps:Deployment:shop/web)");
    }
  }
}
