package io.mooring.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The install manifests build with kustomize and hold together: typed, namespaced, wired to each
 * other.
 */
class InstallManifestsTest {

  @Test
  void theLeastPrivilegeInstallReadsEverywhereButWritesNowhereByDefault() throws Exception {
    List<HasMetadata> objects = build("install");

    ClusterRole reader = find(objects, ClusterRole.class, "mooring-reader");
    assertThat(reader.getRules().get(0).getVerbs()).containsExactly("get", "list", "watch");
    assertThat(objects)
        .filteredOn(o -> o instanceof ClusterRoleBinding)
        .extracting(o -> ((ClusterRoleBinding) o).getRoleRef().getName())
        .containsExactly("mooring-reader");
  }

  @Test
  void theAdminVariantAddsClusterWideWrites() throws Exception {
    List<HasMetadata> objects = build("admin");

    assertThat(objects)
        .filteredOn(o -> o instanceof ClusterRoleBinding)
        .extracting(o -> ((ClusterRoleBinding) o).getRoleRef().getName())
        .containsExactlyInAnyOrder("mooring-reader", "mooring-deployer");
  }

  @Test
  void theServerRunsAsTheInstalledServiceAccountInTheArgocdNamespace() throws Exception {
    List<HasMetadata> objects = build("install");

    Deployment server = find(objects, Deployment.class, "mooring-server");
    assertThat(server.getSpec().getTemplate().getSpec().getServiceAccountName())
        .isEqualTo("mooring");
    assertThat(server.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs())
        .first()
        .isEqualTo("server");
    assertThat(find(objects, ServiceAccount.class, "mooring")).isNotNull();
    assertThat(objects)
        .filteredOn(
            o ->
                !o.getKind().startsWith("Cluster")
                    && !o.getKind().equals("CustomResourceDefinition"))
        .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).isEqualTo("argocd"));
    assertThat(objects)
        .filteredOn(o -> o.getKind().equals("CustomResourceDefinition"))
        .extracting(o -> o.getMetadata().getName())
        .containsExactlyInAnyOrder("applications.argoproj.io", "appprojects.argoproj.io");
  }

  private static <T extends HasMetadata> T find(
      List<HasMetadata> objects, Class<T> type, String name) {
    return objects.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(o -> o.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
  }

  /**
   * Builds deploy/{directory} with the real kustomize and reads every document as a typed object.
   */
  private static List<HasMetadata> build(String directory)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder("kubectl", "kustomize", directory).start();
    byte[] output = process.getInputStream().readAllBytes();
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(errors).isZero();
    List<HasMetadata> objects = Serialization.unmarshal(new ByteArrayInputStream(output));
    assertThat(objects).isNotEmpty();
    return objects;
  }
}
