package io.mooring.kube.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.testkit.cluster.EmbeddedKubernetes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Argo CD's cluster-manager account installed on the embedded cluster. */
@EmbeddedKubernetes
class ManagerAccountTest {
  private KubernetesClient client;
  private final List<String> steps = new ArrayList<>();

  @BeforeEach
  void connect(KubernetesClient client) {
    this.client = client;
  }

  @Test
  void theAccountGetsEveryRightOnTheClusterAndItsTokenIsReturned() {
    String token = account(ManagerAccountRequest.defaults()).install();

    assertThat(client.serviceAccounts().inNamespace("kube-system").withName("argocd-manager").get())
        .isNotNull();
    assertThat(client.rbac().clusterRoles().withName("argocd-manager-role").get().getRules())
        .anySatisfy(rule -> assertThat(rule.getResources()).containsExactly("*"))
        .anySatisfy(rule -> assertThat(rule.getNonResourceURLs()).containsExactly("*"));
    ClusterRoleBinding binding =
        client.rbac().clusterRoleBindings().withName("argocd-manager-role-binding").get();
    assertThat(binding.getRoleRef().getName()).isEqualTo("argocd-manager-role");
    assertThat(binding.getSubjects())
        .singleElement()
        .satisfies(
            subject -> {
              assertThat(subject.getName()).isEqualTo("argocd-manager");
              assertThat(subject.getNamespace()).isEqualTo("kube-system");
            });
    assertThat(token).isEqualTo(storedToken("argocd-manager-long-lived-token")).isNotBlank();
    assertThat(steps)
        .containsExactly(
            "ServiceAccount \"argocd-manager\" in namespace \"kube-system\" created",
            "ClusterRole \"argocd-manager-role\" created",
            "ClusterRoleBinding \"argocd-manager-role-binding\" created",
            "token Secret \"argocd-manager-long-lived-token\" in namespace \"kube-system\""
                + " created");
  }

  @Test
  void installingAgainKeepsWhatExistsAndReturnsTheSameToken() {
    String first = account(ManagerAccountRequest.defaults()).install();
    steps.clear();

    String second = account(ManagerAccountRequest.defaults()).install();

    assertThat(second).isEqualTo(first);
    assertThat(steps)
        .containsExactly(
            "ServiceAccount \"argocd-manager\" in namespace \"kube-system\" already exists",
            "ClusterRole \"argocd-manager-role\" already exists",
            "ClusterRoleBinding \"argocd-manager-role-binding\" already exists");
  }

  @Test
  void aClusterRoleOfTheNameWithOtherRulesIsGivenArgoCdsRules() {
    client
        .rbac()
        .clusterRoles()
        .resource(
            new ClusterRoleBuilder()
                .withNewMetadata()
                .withName("argocd-manager-role")
                .endMetadata()
                .addNewRule()
                .withApiGroups("")
                .withResources("configmaps")
                .withVerbs("get")
                .endRule()
                .build())
        .create();

    account(ManagerAccountRequest.defaults()).install();

    assertThat(steps).contains("ClusterRole \"argocd-manager-role\" updated");
    assertThat(client.rbac().clusterRoles().withName("argocd-manager-role").get().getRules())
        .hasSize(2)
        .anySatisfy(rule -> assertThat(rule.getResources()).containsExactly("*"));
  }

  @Test
  void anAccountForSomeNamespacesGetsRolesThereAndNoClusterRole() {
    for (String name : List.of("web", "db")) {
      client
          .namespaces()
          .resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build())
          .create();
    }
    ManagerAccountRequest request =
        new ManagerAccountRequest(
            "kube-system", "deployer", List.of("web", "db"), Duration.ofSeconds(5));

    account(request).install();

    assertThat(client.rbac().clusterRoles().withName("argocd-manager-role").get()).isNull();
    for (String namespace : List.of("web", "db")) {
      assertThat(
              client
                  .rbac()
                  .roleBindings()
                  .inNamespace(namespace)
                  .withName("argocd-manager-role-binding")
                  .get()
                  .getSubjects())
          .singleElement()
          .satisfies(subject -> assertThat(subject.getName()).isEqualTo("deployer"));
      assertThat(client.rbac().roles().inNamespace(namespace).withName("argocd-manager-role").get())
          .isNotNull();
    }
  }

  @Test
  void aMissingSystemNamespaceIsNamedWithTheFlagThatChangesIt() {
    ManagerAccountRequest request =
        new ManagerAccountRequest("platform", "argocd-manager", List.of(), Duration.ofSeconds(5));

    assertThatThrownBy(() -> account(request).install())
        .isInstanceOf(ManagerAccountException.class)
        .hasMessage("namespace \"platform\" does not exist; name another with --system-namespace");
    assertThat(client.serviceAccounts().inAnyNamespace().list().getItems())
        .noneSatisfy(
            account -> assertThat(account.getMetadata().getName()).isEqualTo("argocd-manager"));
  }

  @Test
  void aSecretOfTheTokensNameThatIsNotATokenIsRefused() {
    client
        .secrets()
        .inNamespace("kube-system")
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("argocd-manager-long-lived-token")
                .endMetadata()
                .withType("Opaque")
                .build())
        .create();

    assertThatThrownBy(() -> account(ManagerAccountRequest.defaults()).install())
        .isInstanceOf(ManagerAccountException.class)
        .hasMessage(
            "token Secret \"argocd-manager-long-lived-token\" in namespace \"kube-system\" exists"
                + " but is not a token of ServiceAccount \"argocd-manager\"");
  }

  private ManagerAccount account(ManagerAccountRequest request) {
    return new ManagerAccount(client, request, steps::add);
  }

  private String storedToken(String secret) {
    Secret stored = client.secrets().inNamespace("kube-system").withName(secret).get();
    return new String(
        Base64.getDecoder().decode(stored.getData().get("token")), StandardCharsets.UTF_8);
  }
}
