package io.mooring.source.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which Helm renders: MOORING_HELM's binary, else helm on PATH, else embedded helm-java. */
class HelmRenderingSelectionTest {
  @TempDir Path dir;

  private Path executable(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }

  @Test
  void mooringHelmNamingAFileSelectsThatBinary() throws IOException {
    Path helm = executable("tools/helm-3.16");
    executable("bin/helm");

    HelmRendering chosen =
        HelmRendering.fromEnvironment(
            Map.of("MOORING_HELM", helm.toString(), "PATH", dir.resolve("bin").toString()));

    assertThat(chosen).isEqualTo(new HelmBinary(helm));
  }

  @Test
  void mooringHelmNamingACommandIsLookedUpOnPath() throws IOException {
    Path helm = executable("bin/helm3");

    HelmRendering chosen =
        HelmRendering.fromEnvironment(
            Map.of("MOORING_HELM", "helm3", "PATH", dir.resolve("bin").toString()));

    assertThat(chosen).isEqualTo(new HelmBinary(helm));
  }

  @Test
  void helmOnPathIsUsedWhenMooringHelmIsUnset() throws IOException {
    Path helm = executable("second/helm");
    Files.createDirectories(dir.resolve("first"));
    Files.writeString(dir.resolve("first/helm"), "not executable\n");

    HelmRendering chosen =
        HelmRendering.fromEnvironment(
            Map.of("PATH", dir.resolve("first") + ":" + dir.resolve("second")));

    assertThat(chosen).isEqualTo(new HelmBinary(helm));
  }

  @Test
  void withoutAHelmBinaryHelmRunsEmbedded() throws IOException {
    executable("bin/kubectl");

    HelmRendering chosen =
        HelmRendering.fromEnvironment(Map.of("PATH", dir.resolve("bin").toString()));

    assertThat(chosen).isInstanceOf(EmbeddedHelm.class);
  }

  @Test
  void mooringHelmNamingNoExecutableIsAClearError() {
    String missing = dir.resolve("nowhere/helm").toString();

    assertThatThrownBy(() -> HelmRendering.fromEnvironment(Map.of("MOORING_HELM", missing)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MOORING_HELM=" + missing)
        .hasMessageContaining("names no executable file");
  }
}
