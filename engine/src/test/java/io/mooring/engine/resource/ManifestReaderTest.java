package io.mooring.engine.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {
  @Test
  void readsEveryDocumentAndExpandsLists() throws ManifestParseException {
    String text =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: a}
        ---
        apiVersion: v1
        kind: List
        items:
          - {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}
          - {apiVersion: v1, kind: ConfigMap, metadata: {name: c}}
        ---
        """;

    List<ManifestDocument> documents = ManifestReader.read("app.yaml", text);

    assertThat(documents)
        .extracting(d -> d.object().path("metadata").path("name").asText())
        .containsExactly("a", "b", "c");
    assertThat(documents).extracting(ManifestDocument::index).containsExactly(0, 1, 1);
  }

  @Test
  void aSyntaxErrorNamesFileDocumentAndLineButNeverQuotesTheText() {
    String text =
        """
        apiVersion: v1
        kind: Secret
        metadata: {name: db}
        stringData:
          password: hunter2-very-secret
         broken: [
        """;

    assertThatThrownBy(() -> ManifestReader.read("secret.yaml", text))
        .isInstanceOf(ManifestParseException.class)
        .hasMessageStartingWith("secret.yaml: document 0: invalid YAML at line")
        .hasMessageNotContaining("hunter2");
  }
}
