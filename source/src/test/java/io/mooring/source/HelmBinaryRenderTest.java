package io.mooring.source;

import static io.mooring.source.Generators.request;
import static io.mooring.source.Generators.source;
import static io.mooring.testkit.git.RepoChange.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSourceHelm;
import io.mooring.model.HelmFileParameter;
import io.mooring.model.HelmParameter;
import io.mooring.source.credentials.RepoCredentialStore;
import io.mooring.source.render.HelmBinary;
import io.mooring.source.render.HelmRenderer;
import io.mooring.source.render.Renderer;
import io.mooring.source.render.SourceKind;
import io.mooring.testkit.git.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a helm binary, {@code helm template} runs as a process: a stand-in helm script shows the
 * exact arguments it receives (every option, {@code --api-versions} included), its output becomes
 * the manifests, and its error message reaches the user.
 */
class HelmBinaryRenderTest {
  private static final String PRINT_ARGUMENTS =
      """
      #!/bin/sh
      cat <<EOF
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: helm-arguments
      data:
        app: "$ARGOCD_APP_NAME"
        args: |
      EOF
      for arg in "$@"; do printf '    %s\\n' "$arg"; done
      if [ -f values/inline.yaml ]; then
        echo '  inline-values: |'
        sed 's/^/    /' values/inline.yaml
      fi
      """;

  private static final String FAIL =
      """
      #!/bin/sh
      echo 'Error: template: hello/templates/cm.yaml:3:9: nil pointer evaluating .Values.x' >&2
      exit 1
      """;

  @TempDir static Path dir;
  static TestRepo repo;
  static ManifestGenerator printing;
  static ManifestGenerator failing;

  @BeforeAll
  static void setUp() throws IOException {
    repo = TestRepo.create(dir.resolve("charts.git"));
    repo.commit(
        "chart",
        file("charts/hello/Chart.yaml", "apiVersion: v2\nname: hello\nversion: 0.1.0\n"),
        file("charts/hello/values-prod.yaml", "greeting: hello from prod\n"),
        file("charts/hello/config.json", "{\"debug\": true}\n"));
    printing = generatorWith(script("print-arguments/helm", PRINT_ARGUMENTS), "cache-printing");
    failing = generatorWith(script("failing/helm", FAIL), "cache-failing");
  }

  @AfterAll
  static void tearDown() {
    printing.close();
    failing.close();
    repo.close();
  }

  private static Path script(String name, String text) throws IOException {
    Path script = dir.resolve(name);
    Files.createDirectories(script.getParent());
    Files.writeString(script, text);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  private static ManifestGenerator generatorWith(Path helm, String cache) {
    return new ManifestGenerator(
        GeneratorSettings.defaults(dir.resolve(cache)),
        RepoCredentialStore.empty(),
        Map.<SourceKind, Renderer>of(
            SourceKind.HELM, new HelmRenderer(new HelmBinary(helm), "1.32.0")));
  }

  private static ApplicationSource hello() {
    ApplicationSource source = source(repo, "charts/hello");
    source.helm = new ApplicationSourceHelm();
    return source;
  }

  private static List<String> arguments(JsonNode configMap) {
    return Arrays.asList(configMap.at("/data/args").asText().split("\n"));
  }

  @Test
  void everyHelmOptionIsPassedToTheBinaryIncludingApiVersions() throws Exception {
    ApplicationSource source = hello();
    source.helm.releaseName = "web";
    source.helm.namespace = "apps";
    source.helm.kubeVersion = "1.29.0";
    source.helm.valueFiles = List.of("values-prod.yaml");
    source.helm.values = "greeting: inline for $ARGOCD_APP_NAME\n";
    source.helm.parameters =
        List.of(
            parameter("replicas", "3", null),
            parameter("version", "1.10", true),
            parameter("motd", "hello, world", null));
    HelmFileParameter config = new HelmFileParameter();
    config.name = "config";
    config.path = "config.json";
    source.helm.fileParameters = List.of(config);
    source.helm.apiVersions = List.of("monitoring.coreos.com/v1", "policy/v1/PodDisruptionBudget");

    RenderedManifests rendered = printing.generate(request(source));

    assertThat(rendered.manifests()).hasSize(1);
    JsonNode configMap = rendered.manifests().get(0);
    assertThat(arguments(configMap))
        .containsExactly(
            "template",
            "web",
            "./repo/charts/hello",
            "--namespace",
            "apps",
            "--kube-version",
            "1.29.0",
            "--include-crds",
            "--values",
            "values/file-0.yaml",
            "--values",
            "values/inline.yaml",
            "--set",
            "replicas=3",
            "--set-string",
            "version=1.10",
            "--set",
            "motd=hello\\, world",
            "--set-file",
            "config=values/set-file-1",
            "--api-versions",
            "monitoring.coreos.com/v1",
            "--api-versions",
            "policy/v1/PodDisruptionBudget");
    assertThat(configMap.at("/data/inline-values").asText())
        .isEqualTo("greeting: inline for guestbook\n");
    assertThat(configMap.at("/data/app").asText()).isEqualTo("guestbook");
    assertThat(rendered.warnings()).isEmpty();
  }

  @Test
  void defaultsAreTheAppNameItsNamespaceAndTheDefaultKubeVersionAndSkipCrdsDropsIncludeCrds()
      throws Exception {
    ApplicationSource source = hello();
    source.helm.skipCrds = true;

    JsonNode configMap = printing.generate(request(source)).manifests().get(0);

    assertThat(arguments(configMap))
        .containsExactly(
            "template",
            "guestbook",
            "./repo/charts/hello",
            "--namespace",
            "demo",
            "--kube-version",
            "1.32.0");
  }

  @Test
  void failingHelmBinaryIsAnErrorWithHelmsMessageAndWhereItHappened() {
    assertThatThrownBy(() -> failing.generate(request(hello())))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("path charts/hello")
        .hasMessageContaining("revision main")
        .hasMessageContaining("failed (exit 1)")
        .hasMessageContaining("nil pointer evaluating .Values.x");
  }

  private static HelmParameter parameter(String name, String value, Boolean forceString) {
    HelmParameter parameter = new HelmParameter();
    parameter.name = name;
    parameter.value = value;
    parameter.forceString = forceString;
    return parameter;
  }
}
