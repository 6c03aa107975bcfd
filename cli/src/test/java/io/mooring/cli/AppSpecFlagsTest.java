package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.model.ApplicationSource;
import io.mooring.model.ApplicationSpec;
import io.mooring.model.ModelCodec;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the spec flags of {@code app create} and {@code app set} do to a spec. */
class AppSpecFlagsTest {
  private static ApplicationSpec applied(ApplicationSpec spec, String... flags) {
    AppSetCommand command = new AppSetCommand();
    new CommandLine(command).parseArgs(concat("web", flags));
    ApplicationSpec copy = spec == null ? new ApplicationSpec() : ModelCodec.copy(spec);
    command.flags.applyTo(copy);
    return copy;
  }

  @Test
  void sourceDestinationAndProjectFlagsFillTheirFields() {
    ApplicationSpec spec =
        applied(
            null,
            "--repo",
            "https://git.example.com/a.git",
            "--path",
            "web",
            "--revision",
            "v1",
            "--directory-recurse",
            "--dest-name",
            "prod",
            "--dest-namespace",
            "shop",
            "--project",
            "team");

    assertThat(spec.source.repoURL).isEqualTo("https://git.example.com/a.git");
    assertThat(spec.source.path).isEqualTo("web");
    assertThat(spec.source.targetRevision).isEqualTo("v1");
    assertThat(spec.source.directory.recurse).isTrue();
    assertThat(spec.destination.name).isEqualTo("prod");
    assertThat(spec.destination.namespace).isEqualTo("shop");
    assertThat(spec.project).isEqualTo("team");
  }

  @Test
  void aDestinationNameReplacesTheServerAndTheOtherWayRound() {
    ApplicationSpec byServer = applied(null, "--dest-server", "https://k8s.example.com");
    ApplicationSpec byName = applied(byServer, "--dest-name", "prod");

    assertThat(byName.destination.server).isNull();
    assertThat(byName.destination.name).isEqualTo("prod");
  }

  @Test
  void automatedSyncWithItsSwitchesAndBackToManual() {
    ApplicationSpec automated =
        applied(null, "--sync-policy", "automated", "--auto-prune", "--self-heal=false");
    ApplicationSpec manual = applied(automated, "--sync-policy", "none");

    assertThat(automated.syncPolicy.automated.prune).isTrue();
    assertThat(automated.syncPolicy.automated.selfHeal).isFalse();
    assertThat(manual.syncPolicy.automated).isNull();
  }

  @Test
  void automatedSwitchesWithoutAutomatedSyncAreAUsageError() {
    assertThatThrownBy(() -> applied(null, "--self-heal"))
        .isInstanceOf(FlagException.class)
        .hasMessage(
            "--auto-prune, --self-heal and --allow-empty need automated sync: add --sync-policy"
                + " automated");
    assertThatThrownBy(() -> applied(null, "--sync-policy", "sometimes"))
        .hasMessage("--sync-policy 'sometimes': expected automated or none");
  }

  @Test
  void aSyncOptionReplacesTheOneWithTheSameKey() {
    ApplicationSpec spec =
        applied(
            null,
            "--sync-option",
            "CreateNamespace=true",
            "--sync-option",
            "Validate=false",
            "--sync-option",
            "CreateNamespace=false");

    assertThat(spec.syncPolicy.syncOptions)
        .containsExactly("Validate=false", "CreateNamespace=false");
  }

  @Test
  void helmParametersAreReplacedByNameAndValueFilesAddedOnce() {
    ApplicationSpec first =
        applied(
            null, "--helm-set", "replicas=2", "--helm-set-string", "tag=01", "--values", "a.yaml");
    ApplicationSpec second =
        applied(first, "--helm-set", "replicas=3", "--values", "a.yaml", "--release-name", "shop");

    assertThat(second.source.helm.parameters)
        .extracting(p -> p.name + "=" + p.value + (Boolean.TRUE.equals(p.forceString) ? "!" : ""))
        .containsExactly("tag=01!", "replicas=3");
    assertThat(second.source.helm.valueFiles).containsExactly("a.yaml");
    assertThat(second.source.helm.releaseName).isEqualTo("shop");
  }

  @Test
  void aMalformedKeyValueNamesTheFlag() {
    assertThatThrownBy(() -> applied(null, "--helm-set", "replicas"))
        .hasMessage("--helm-set 'replicas': expected KEY=VALUE");
  }

  @Test
  void kustomizeImagesAreReplacedPerImage() {
    ApplicationSpec first =
        applied(
            null, "--kustomize-image", "nginx:1.26", "--kustomize-image", "registry:5000/api:1");
    ApplicationSpec second =
        applied(first, "--kustomize-image", "nginx=my/nginx:1.27", "--name-prefix", "prod-");

    assertThat(second.source.kustomize.images)
        .containsExactly("registry:5000/api:1", "nginx=my/nginx:1.27");
    assertThat(second.source.kustomize.namePrefix).isEqualTo("prod-");
  }

  @Test
  void sourceFlagsOnAMultiSourceAppAreRefused() {
    ApplicationSpec multi = new ApplicationSpec();
    multi.sources = List.of(new ApplicationSource(), new ApplicationSource());

    assertThatThrownBy(() -> applied(multi, "--revision", "v2"))
        .isInstanceOf(FlagException.class)
        .hasMessageContaining("this Application has several sources (spec.sources)");
  }

  @Test
  void unsetRemovesParametersValuesImagesPrefixAndAutomatedSync() {
    ApplicationSpec spec =
        applied(
            null,
            "--helm-set",
            "replicas=2",
            "--values",
            "a.yaml",
            "--kustomize-image",
            "nginx:1.27",
            "--name-prefix",
            "p-",
            "--sync-policy",
            "automated");
    AppUnsetCommand unset = new AppUnsetCommand();
    new CommandLine(unset)
        .parseArgs(
            "web",
            "-p",
            "replicas",
            "--values",
            "a.yaml",
            "--kustomize-image",
            "nginx",
            "--name-prefix",
            "--automated");

    unset.flags.applyTo(spec);

    assertThat(spec.source.helm).isNull();
    assertThat(spec.source.kustomize).isNull();
    assertThat(spec.syncPolicy.automated).isNull();
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
