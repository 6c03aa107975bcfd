package io.mooring.source;

import static io.mooring.source.Generators.APP;
import static io.mooring.testkit.git.RepoChange.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSourceHelm;
import io.mooring.model.HelmParameter;
import io.mooring.source.SourceException.Reason;
import io.mooring.source.credentials.RepoCredentialStore;
import io.mooring.testkit.git.TestRepo;
import io.mooring.testkit.helm.HelmRepositoryServer;
import io.mooring.testkit.helm.HelmRepositoryServer.BasicAuth;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmRepositoryChartTest {
  private static final String TEMPLATE =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: {{ .Release.Name }}-config
        namespace: {{ .Release.Namespace }}
      data:
        chartVersion: {{ .Chart.Version | quote }}
        greeting: {{ .Values.greeting | quote }}
        replicas: {{ .Values.replicas | quote }}
      """;
  private static final List<String> VERSIONS =
      List.of("1.0.0", "1.2.0", "1.2.5", "1.3.0", "2.0.0", "2.1.0-rc.1");
  private static final BasicAuth AUTH = new BasicAuth("helm-user", "chart-s3cret-pw");

  @TempDir static Path dir;
  static HelmRepositoryServer open;
  static HelmRepositoryServer guarded;
  static TestRepo valuesRepo;
  static ManifestGenerator generator;

  @BeforeAll
  static void repositories() {
    open = HelmRepositoryServer.start();
    guarded = HelmRepositoryServer.startWithBasicAuth(AUTH);
    for (String version : VERSIONS) {
      open.publish("hello", version, chart(version));
    }
    guarded.publish("private", "0.3.0", HelmCharts.packaged(dir, "private", "0.3.0", chartFiles()));
    valuesRepo = TestRepo.create(dir.resolve("values.git"));
    valuesRepo.commit("values", file("envs/prod.yaml", "greeting: from the values repo\n"));
    RepoCredentialStore credentials =
        RepoCredentialStore.fromSecretData(
            List.of(
                Map.of(
                    "url",
                    guarded.url(),
                    "username",
                    AUTH.username(),
                    "password",
                    AUTH.password())),
            List.of());
    generator =
        new ManifestGenerator(GeneratorSettings.defaults(dir.resolve("cache")), credentials);
  }

  private static byte[] chart(String version) {
    return HelmCharts.packaged(dir, "hello", version, chartFiles());
  }

  private static Map<String, String> chartFiles() {
    return Map.of(
        "values.yaml", "greeting: hi\nreplicas: 1\n",
        "values-prod.yaml", "greeting: hello from prod\n",
        "templates/configmap.yaml", TEMPLATE);
  }

  @AfterAll
  static void close() {
    generator.close();
    open.close();
    guarded.close();
    valuesRepo.close();
  }

  private static ApplicationSource hello(String targetRevision) {
    ApplicationSource source = new ApplicationSource();
    source.repoURL = open.url();
    source.chart = "hello";
    source.targetRevision = targetRevision;
    return source;
  }

  private static RenderedManifests render(ApplicationSource... sources) throws SourceException {
    return generator.generate(
        new ManifestRequest(APP, List.of(sources), List.of(), null, Set.of()));
  }

  private static JsonNode configMap(RenderedManifests rendered) {
    assertThat(rendered.manifests()).hasSize(1);
    return rendered.manifests().get(0);
  }

  @Test
  void exactVersionRendersWithAppNameAsReleaseAndDestinationNamespace() throws Exception {
    RenderedManifests rendered = render(hello("1.2.0"));
    JsonNode configMap = configMap(rendered);
    assertThat(configMap.at("/metadata/name").asText()).isEqualTo("guestbook-config");
    assertThat(configMap.at("/metadata/namespace").asText()).isEqualTo("demo");
    assertThat(configMap.at("/data/chartVersion").asText()).isEqualTo("1.2.0");
    assertThat(rendered.sources().get(0).revision().sha()).isEqualTo("1.2.0");
  }

  @Test
  void constraintsResolveToTheHighestMatchingStableVersion() throws Exception {
    Map<String, String> expected =
        Map.of(
            "1.2.*", "1.2.5",
            ">=1.0 <2.0", "1.3.0",
            ">=1.0, <2.0", "1.3.0",
            "^1.2", "1.3.0",
            "~1.2", "1.2.5",
            "*", "2.0.0",
            "", "2.0.0");
    for (Map.Entry<String, String> entry : expected.entrySet()) {
      RenderedManifests rendered = render(hello(entry.getKey()));
      assertThat(configMap(rendered).at("/data/chartVersion").asText())
          .as("targetRevision '%s'", entry.getKey())
          .isEqualTo(entry.getValue());
    }
  }

  @Test
  void valuesFromTheChartValuesAndParametersApply() throws Exception {
    ApplicationSource source = hello("1.3.0");
    source.helm = new ApplicationSourceHelm();
    source.helm.valueFiles = List.of("values-prod.yaml");
    HelmParameter replicas = new HelmParameter();
    replicas.name = "replicas";
    replicas.value = "3";
    source.helm.parameters = List.of(replicas);
    source.helm.releaseName = "web";

    JsonNode configMap = configMap(render(source));

    assertThat(configMap.at("/metadata/name").asText()).isEqualTo("web-config");
    assertThat(configMap.at("/data/greeting").asText()).isEqualTo("hello from prod");
    assertThat(configMap.at("/data/replicas").asText()).isEqualTo("3");
  }

  @Test
  void valueFileFromAGitSourceViaRef() throws Exception {
    ApplicationSource values = new ApplicationSource();
    values.repoURL = valuesRepo.directory().toUri().toString();
    values.targetRevision = "main";
    values.ref = "values";
    ApplicationSource chart = hello("1.2.5");
    chart.helm = new ApplicationSourceHelm();
    chart.helm.valueFiles = List.of("$values/envs/prod.yaml");

    RenderedManifests rendered = render(chart, values);

    assertThat(configMap(rendered).at("/data/greeting").asText()).isEqualTo("from the values repo");
  }

  @Test
  void aChartVersionIsDownloadedOnceAndThenServedFromDisk() throws Exception {
    ApplicationSource source = hello("1.0.0");
    render(source);
    source.helm = new ApplicationSourceHelm();
    source.helm.releaseName = "another-release";
    render(source);
    assertThat(open.requests("hello-1.0.0.tgz")).isEqualTo(1);
  }

  @Test
  void repositoryWithBasicAuthUsesTheRepositorySecret() throws Exception {
    ApplicationSource source = new ApplicationSource();
    source.repoURL = guarded.url();
    source.chart = "private";
    source.targetRevision = "0.3.0";
    assertThat(configMap(render(source)).at("/data/chartVersion").asText()).isEqualTo("0.3.0");

    try (ManifestGenerator anonymous = Generators.generator(dir.resolve("anonymous-cache"))) {
      assertThatThrownBy(
              () ->
                  anonymous.generate(
                      new ManifestRequest(APP, List.of(source), List.of(), null, Set.of())))
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("repo " + guarded.url())
          .hasMessageContaining("HTTP 401")
          .extracting(e -> ((SourceException) e).reason())
          .isEqualTo(Reason.REPO_UNREACHABLE);
    }
  }

  @Test
  void versionThatDoesNotExistNamesRepoChartAndConstraint() {
    assertThatThrownBy(() -> render(hello(">=9.0")))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("repo " + open.url())
        .hasMessageContaining("chart 'hello'")
        .hasMessageContaining("'>=9.0'")
        .hasMessageContaining("2.0.0, 1.3.0")
        .extracting(e -> ((SourceException) e).reason())
        .isEqualTo(Reason.REVISION_NOT_FOUND);
    assertThatThrownBy(() -> render(hello("3.1.4")))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("no version matching '3.1.4'");
  }

  @Test
  void chartMissingFromTheIndexIsAnError() {
    ApplicationSource source = hello("1.0.0");
    source.chart = "absent";
    assertThatThrownBy(() -> render(source))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("chart 'absent' is not in the index");
  }
}
