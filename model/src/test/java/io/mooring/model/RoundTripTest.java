package io.mooring.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When Mooring writes an object back, a user's fields are never silently dropped. */
class RoundTripTest {

  @Test
  void unknownFieldsInSpecAndStatusSurviveParseAndWrite() throws Exception {
    String text = Fixtures.text("roundtrip/application-with-unknown-fields.yaml");
    JsonNode original = ModelCodec.readDocuments("app.yaml", text).get(0).tree();

    Application app =
        ModelCodec.bind(new ModelDocument("app.yaml", 0, original), Application.class);
    String written = ModelCodec.toYaml(app);
    JsonNode reread = ModelCodec.readDocuments("written.yaml", written).get(0).tree();

    assertThat(reread).isEqualTo(original);
    assertThat(app.spec.extra()).containsKey("sourceHydrator");
    assertThat(app.spec.source.extra()).containsKey("plugin");
    assertThat(app.status.extra()).containsKey("futureField");
    assertThat(app.status.sync.status).isEqualTo("Synced");
  }

  @Test
  void stringsThatLookLikeNumbersStayStringsInWrittenYaml() throws Exception {
    JsonNode manifest =
        ModelCodec.readDocuments(
                "cm.yaml",
                "kind: ConfigMap\nmetadata:\n  annotations: {argocd.argoproj.io/sync-wave: '-1'}\n"
                    + "data: {replicas: '3', ratio: '0.5', count: 3}\n")
            .get(0)
            .tree();

    String written = ModelCodec.toYaml(manifest);
    JsonNode reread = ModelCodec.readDocuments("written.yaml", written).get(0).tree();

    assertThat(reread).isEqualTo(manifest);
    assertThat(written).contains("argocd.argoproj.io/sync-wave: \"-1\"").contains("count: 3");
  }

  @Test
  void modelledFieldsAreReadIntoTypedFields() throws Exception {
    String text = Fixtures.text("validation/valid/automated-prune-self-heal-app.yaml");

    Application app =
        ModelCodec.bind(ModelCodec.readDocuments("app.yaml", text).get(0), Application.class);

    assertThat(app.spec.syncPolicy.automated.prune).isTrue();
    assertThat(app.spec.syncPolicy.automated.selfHeal).isTrue();
    assertThat(app.spec.syncPolicy.retry.backoff.maxDuration).isEqualTo("3m");
    assertThat(app.spec.ignoreDifferences.get(0).jsonPointers).isEqualTo(List.of("/spec/replicas"));
    assertThat(app.metadata.annotations)
        .containsEntry("argocd.argoproj.io/manifest-generate-paths", ".;../shared");
  }

  @Test
  void jsonAndYamlReadTheSameObject() throws Exception {
    String yaml = Fixtures.text("validation/valid/project-with-sync-windows.yaml");
    AppProject fromYaml =
        ModelCodec.bind(ModelCodec.readDocuments("p.yaml", yaml).get(0), AppProject.class);

    String json = ModelCodec.toJson(fromYaml);
    AppProject fromJson =
        ModelCodec.bind(ModelCodec.readDocuments("p.json", json).get(0), AppProject.class);

    assertThat(ModelCodec.toTree(fromJson)).isEqualTo(ModelCodec.toTree(fromYaml));
    assertThat(fromJson.spec.syncWindows).hasSize(2);
  }
}
