package io.mooring.kube.cluster;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** fabric8's mock server runs no token controller: waiting for the token ends with a message. */
@EnableKubernetesMockClient(crud = true)
class ManagerAccountTokenWaitTest {
  KubernetesClient client;

  @Test
  void theWaitForATokenThatNeverComesEndsNamingTheSecretAndWhy() {
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName("kube-system").endMetadata().build())
        .create();
    ManagerAccountRequest request =
        new ManagerAccountRequest(
            "kube-system", "argocd-manager", List.of(), Duration.ofMillis(500));

    assertThatThrownBy(() -> new ManagerAccount(client, request, step -> {}).install())
        .isInstanceOf(ManagerAccountException.class)
        .hasMessage(
            "token Secret \"argocd-manager-long-lived-token\" in namespace \"kube-system\" has no"
                + " token after 0.5 s: the cluster's token controller did not fill it in");
  }
}
