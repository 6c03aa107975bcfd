package io.mooring.source.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.model.ApplicationSourceKustomize;
import io.mooring.model.KustomizeReplica;
import io.mooring.source.SourceException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KustomizeOverridesTest {
  private static ObjectNode image(String override) throws SourceException {
    return KustomizeOverrides.imageEntry(JsonNodeFactory.instance.objectNode(), override);
  }

  @Test
  void nameWithTagSetsNewTag() throws Exception {
    assertThat(image("nginx:1.26").toString())
        .isEqualTo("{\"name\":\"nginx\",\"newTag\":\"1.26\"}");
  }

  @Test
  void renameWithTagSetsNewNameAndNewTag() throws Exception {
    assertThat(image("nginx=registry.example.com/nginx:1.26").toString())
        .isEqualTo(
            "{\"name\":\"nginx\",\"newName\":\"registry.example.com/nginx\",\"newTag\":\"1.26\"}");
  }

  @Test
  void digestIsKeptWhole() throws Exception {
    assertThat(image("nginx@sha256:abc123").toString())
        .isEqualTo("{\"name\":\"nginx\",\"digest\":\"sha256:abc123\"}");
  }

  @Test
  void registryPortIsNotMistakenForATag() throws Exception {
    assertThat(image("registry:5000/app").toString()).isEqualTo("{\"name\":\"registry:5000/app\"}");
    assertThat(image("registry:5000/app:2").path("newTag").asText()).isEqualTo("2");
  }

  @Test
  void emptyNameIsRefusedNamingTheOverride() {
    assertThatThrownBy(() -> image("=nginx:1"))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("kustomize.images: '=nginx:1' is not an image override");
  }

  @Test
  void overridesMergeIntoTheKustomizationReplacingSameNamedEntries() throws Exception {
    ObjectNode kustomization = JsonNodeFactory.instance.objectNode();
    kustomization.withArray("images").addObject().put("name", "nginx").put("newTag", "old");
    kustomization.withObject("/commonLabels").put("team", "web");
    ApplicationSourceKustomize overrides = new ApplicationSourceKustomize();
    overrides.namePrefix = "prod-";
    overrides.images = List.of("nginx:new");
    overrides.commonLabels = Map.of("env", "prod");
    KustomizeReplica replica = new KustomizeReplica();
    replica.name = "web";
    replica.count = "3";
    overrides.replicas = List.of(replica);

    KustomizeOverrides.apply(overrides, kustomization);

    assertThat(kustomization.path("namePrefix").asText()).isEqualTo("prod-");
    assertThat(kustomization.path("images")).hasSize(1);
    assertThat(kustomization.at("/images/0/newTag").asText()).isEqualTo("new");
    assertThat(kustomization.at("/commonLabels/team").asText()).isEqualTo("web");
    assertThat(kustomization.at("/commonLabels/env").asText()).isEqualTo("prod");
    assertThat(kustomization.at("/replicas/0/count").asInt()).isEqualTo(3);
  }

  @Test
  void nonNumericReplicaCountIsRefused() {
    ApplicationSourceKustomize overrides = new ApplicationSourceKustomize();
    KustomizeReplica replica = new KustomizeReplica();
    replica.name = "web";
    replica.count = "many";
    overrides.replicas = List.of(replica);
    assertThatThrownBy(
            () -> KustomizeOverrides.apply(overrides, JsonNodeFactory.instance.objectNode()))
        .hasMessageContaining("count 'many' of web is not a number");
  }
}
