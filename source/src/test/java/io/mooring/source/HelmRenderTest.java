package io.mooring.source;

import static io.mooring.source.Generators.generator;
import static io.mooring.source.Generators.request;
import static io.mooring.source.Generators.source;
import static io.mooring.testkit.git.RepoChange.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSourceHelm;
import io.mooring.model.HelmParameter;
import io.mooring.testkit.git.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmRenderTest {
  private static final String CONFIGMAP_TEMPLATE =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: {{ .Release.Name }}-config
        namespace: {{ .Release.Namespace }}
      data:
        greeting: {{ .Values.greeting | quote }}
        replicas: {{ .Values.replicas | quote }}
        kind-of-replicas: {{ kindOf .Values.replicas | quote }}
        revision: {{ .Values.revision | default "" | quote }}
        env: {{ .Values.env | default "" | quote }}
      """;

  @TempDir static Path dir;
  static TestRepo repo;
  static TestRepo valuesRepo;
  static ManifestGenerator generator;

  @BeforeAll
  static void chart() {
    repo = TestRepo.create(dir.resolve("charts.git"));
    repo.commit(
        "chart",
        file("charts/hello/Chart.yaml", "apiVersion: v2\nname: hello\nversion: 0.1.0\n"),
        file("charts/hello/values.yaml", "greeting: hi\nreplicas: 1\n"),
        file("charts/hello/values-prod.yaml", "greeting: hello from prod\n"),
        file("charts/hello/templates/configmap.yaml", CONFIGMAP_TEMPLATE),
        file("charts/broken/Chart.yaml", "apiVersion: v2\nname: broken\nversion: 0.1.0\n"),
        file("charts/broken/templates/bad.yaml", "{{ .Values.nope.deeper }}\n"));
    valuesRepo = TestRepo.create(dir.resolve("values.git"));
    valuesRepo.commit(
        "values", file("envs/staging.yaml", "greeting: hello from the values repo\n"));
    generator = generator(dir.resolve("cache"));
  }

  @AfterAll
  static void close() {
    generator.close();
    repo.close();
    valuesRepo.close();
  }

  private static ApplicationSource hello() {
    ApplicationSource source = source(repo, "charts/hello");
    source.helm = new ApplicationSourceHelm();
    return source;
  }

  private static JsonNode data(RenderedManifests rendered) {
    assertThat(rendered.manifests()).hasSize(1);
    return rendered.manifests().get(0).path("data");
  }

  @Test
  void chartRendersWithAppNameAsReleaseAndDestinationNamespace() throws Exception {
    JsonNode configMap = generator.generate(request(hello())).manifests().get(0);
    assertThat(configMap.at("/metadata/name").asText()).isEqualTo("guestbook-config");
    assertThat(configMap.at("/metadata/namespace").asText()).isEqualTo("demo");
    assertThat(configMap.at("/data/greeting").asText()).isEqualTo("hi");
  }

  @Test
  void valueFilesValuesAndParametersApplyInArgoCdsOrder() throws Exception {
    ApplicationSource source = hello();
    source.helm.valueFiles = List.of("values-prod.yaml");
    source.helm.values = "replicas: 2\n";
    HelmParameter revision = new HelmParameter();
    revision.name = "revision";
    revision.value = "$ARGOCD_APP_REVISION_SHORT";
    source.helm.parameters = List.of(revision);
    source.helm.releaseName = "web";
    source.helm.namespace = "elsewhere";

    RenderedManifests rendered = generator.generate(request(source));

    JsonNode configMap = rendered.manifests().get(0);
    assertThat(configMap.at("/metadata/name").asText()).isEqualTo("web-config");
    assertThat(configMap.at("/metadata/namespace").asText()).isEqualTo("elsewhere");
    assertThat(configMap.at("/data/greeting").asText()).isEqualTo("hello from prod");
    assertThat(configMap.at("/data/replicas").asText()).isEqualTo("2");
    assertThat(configMap.at("/data/revision").asText())
        .isEqualTo(rendered.sources().get(0).revision().shortSha());
  }

  @Test
  void valuesObjectGetsBuildEnvironmentSubstituted() throws Exception {
    ApplicationSource source = hello();
    source.helm.valuesObject = Map.of("env", "${ARGOCD_APP_NAME}-in-${ARGOCD_APP_PROJECT_NAME}");
    assertThat(data(generator.generate(request(source))).path("env").asText())
        .isEqualTo("guestbook-in-default");
  }

  @Test
  void forceStringParameterStaysAString() throws Exception {
    ApplicationSource source = hello();
    HelmParameter replicas = new HelmParameter();
    replicas.name = "replicas";
    replicas.value = "3";
    replicas.forceString = true;
    source.helm.parameters = List.of(replicas);
    assertThat(data(generator.generate(request(source))).path("kind-of-replicas").asText())
        .isEqualTo("string");

    replicas.forceString = null;
    assertThat(data(generator.generate(request(source))).path("kind-of-replicas").asText())
        .isNotEqualTo("string");
  }

  @Test
  void valueFileFromAnotherSourceViaRef() throws Exception {
    ApplicationSource values = source(valuesRepo, null);
    values.ref = "values";
    ApplicationSource chart = hello();
    chart.helm.valueFiles = List.of("$values/envs/staging.yaml");
    RenderedManifests rendered = generator.generate(request(chart, values));
    assertThat(rendered.sources()).hasSize(1);
    assertThat(data(rendered).path("greeting").asText()).isEqualTo("hello from the values repo");
  }

  @Test
  void failingChartIsAnErrorWithHelmsMessage() {
    ApplicationSource source = source(repo, "charts/broken");
    assertThatThrownBy(() -> generator.generate(request(source)))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("path charts/broken")
        .hasMessageContaining("revision main")
        .hasMessageContaining("nil pointer");
  }
}
