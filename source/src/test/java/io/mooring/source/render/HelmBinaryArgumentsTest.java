package io.mooring.source.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.source.render.HelmTemplateRequest.Crds;
import io.mooring.source.render.HelmTemplateRequest.Parameter;
import io.mooring.source.render.HelmTemplateRequest.ParameterType;
import io.mooring.source.render.HelmTemplateRequest.Release;
import io.mooring.source.render.HelmTemplateRequest.Values;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line a helm binary gets, built from a request without running anything. */
class HelmBinaryArgumentsTest {
  private static final Path WORKSPACE = Path.of("/tmp/mooring-render-1");

  private static HelmTemplateRequest request(Release release, List<Parameter> parameters) {
    return new HelmTemplateRequest(
        WORKSPACE,
        WORKSPACE.resolve("repo"),
        release,
        new Values(List.of(), parameters, List.of()),
        Map.of(),
        RenderLimits.defaults());
  }

  @Test
  void chartAtTheRepositoryRootWithoutNamespaceOrCrds() {
    Release release = new Release("web", "", "1.30.0", List.of(), Crds.SKIP);

    assertThat(HelmBinary.arguments(request(release, List.of())))
        .containsExactly("template", "web", "./repo", "--kube-version", "1.30.0");
  }

  @Test
  void commasInParameterValuesAreEscapedExceptInHelmLists() {
    Release release = new Release("web", "", "1.30.0", List.of(), Crds.SKIP);
    List<Parameter> parameters =
        List.of(
            new Parameter("motd", "a,b", ParameterType.TYPED),
            new Parameter("hosts", "{a.example,b.example}", ParameterType.TYPED),
            new Parameter("kept", "already\\,escaped", ParameterType.STRING));

    assertThat(HelmBinary.arguments(request(release, parameters)))
        .endsWith(
            "--set",
            "motd=a\\,b",
            "--set",
            "hosts={a.example,b.example}",
            "--set-string",
            "kept=already\\,escaped");
  }
}
