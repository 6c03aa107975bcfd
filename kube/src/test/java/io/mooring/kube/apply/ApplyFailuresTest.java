package io.mooring.kube.apply;

import static io.mooring.kube.testing.Manifests.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.mooring.kube.error.KubeError;
import io.mooring.kube.error.KubeException;
import io.mooring.kube.testing.TestTypes;
import org.junit.jupiter.api.Test;

/**
 * How apply fails, and Force=true, against fabric8's mock API server (CRUD mode) with canned error
 * responses for the API's refusals.
 */
@EnableKubernetesMockClient(crud = true)
class ApplyFailuresTest {
  static KubernetesMockServer server;
  static KubernetesClient client;

  private final ResourceOperations operations =
      new Fabric8ResourceOperations(client, TestTypes.builtIns().catalog());

  private static ObjectNode configMap(String name, String data) {
    return yaml(
        "{apiVersion: v1, kind: ConfigMap, metadata: {name: %s, namespace: default}, data: %s}"
            .formatted(name, data));
  }

  private static ConfigMap live(String name) {
    return client.configMaps().inNamespace("default").withName(name).get();
  }

  @Test
  void forceDeletesAndRecreatesWhenTheApiRejectsThePatchAsInvalid() {
    operations.apply(configMap("immutable", "{color: blue}"), ApplyOptions.defaults());
    String uidBefore = live("immutable").getMetadata().getUid();
    server
        .expect()
        .patch()
        .withPath(
            "/api/v1/namespaces/default/configmaps/immutable?fieldValidation=Strict&fieldManager=mooring")
        .andReturn(
            422,
            new StatusBuilder()
                .withCode(422)
                .withReason("Invalid")
                .withMessage(
                    "ConfigMap \"immutable\" is invalid: data: Forbidden: field is immutable when `immutable` is set")
                .build())
        .always();

    ApplyOptions options = ApplyOptions.defaults().withForce(true);
    ApplyResult result = operations.apply(configMap("immutable", "{color: red}"), options);

    assertThat(result).isInstanceOf(ApplyResult.Replaced.class);
    assertThat(live("immutable").getData()).containsEntry("color", "red");
    assertThat(live("immutable").getMetadata().getUid()).isNotEqualTo(uidBefore);
  }

  @Test
  void invalidPatchWithoutForceIsATerminalInvalidErrorCarryingTheApiMessage() {
    operations.apply(configMap("rejected", "{color: blue}"), ApplyOptions.defaults());
    server
        .expect()
        .patch()
        .withPath(
            "/api/v1/namespaces/default/configmaps/rejected?fieldValidation=Strict&fieldManager=mooring")
        .andReturn(
            422,
            new StatusBuilder()
                .withCode(422)
                .withReason("Invalid")
                .withMessage("data: Forbidden: field is immutable")
                .build())
        .always();

    assertThatThrownBy(
            () -> operations.apply(configMap("rejected", "{color: red}"), ApplyOptions.defaults()))
        .isInstanceOfSatisfying(
            KubeException.class,
            e -> {
              assertThat(e.error()).isEqualTo(KubeError.INVALID);
              assertThat(e.isTransient()).isFalse();
            })
        .hasMessageContaining("patch /ConfigMap/default/rejected")
        .hasMessageContaining("data: Forbidden: field is immutable");
  }

  @Test
  void namespacedManifestWithoutNamespaceIsRejectedBeforeAnyCall() {
    ObjectNode noNamespace = yaml("{apiVersion: v1, kind: ConfigMap, metadata: {name: lost}}");

    assertThatThrownBy(() -> operations.apply(noNamespace, ApplyOptions.defaults()))
        .isInstanceOf(KubeException.class)
        .hasMessageContaining("ConfigMap is namespaced but the object has no metadata.namespace");
  }

  @Test
  void kindTheClusterDoesNotServeIsATransientUnknownTypeError() {
    ObjectNode widget =
        yaml("{apiVersion: example.com/v1, kind: Widget, metadata: {name: w, namespace: default}}");

    assertThatThrownBy(() -> operations.apply(widget, ApplyOptions.defaults()))
        .isInstanceOfSatisfying(
            KubeException.class, e -> assertThat(e.error()).isEqualTo(KubeError.UNKNOWN_TYPE))
        .hasMessageContaining("does not serve example.com/Widget");
  }

  @Test
  void serverSideApplyConflictWithAnotherManagerIsATerminalFieldConflict() {
    server
        .expect()
        .patch()
        .withPath(
            "/api/v1/namespaces/default/configmaps/contested?fieldValidation=Strict&fieldManager=mooring")
        .andReturn(
            409,
            new StatusBuilder()
                .withCode(409)
                .withReason("Conflict")
                .withMessage("Apply failed with 1 conflict: conflict with \"helm\": .data.color")
                .build())
        .always();

    ApplyOptions serverSide = ApplyOptions.defaults().withStrategy(ApplyStrategy.SERVER_SIDE);

    assertThatThrownBy(() -> operations.apply(configMap("contested", "{color: red}"), serverSide))
        .isInstanceOfSatisfying(
            KubeException.class,
            e -> {
              assertThat(e.error()).isEqualTo(KubeError.FIELD_CONFLICT);
              assertThat(e.isTransient()).isFalse();
            })
        .hasMessageContaining("conflict with \"helm\": .data.color");
  }
}
