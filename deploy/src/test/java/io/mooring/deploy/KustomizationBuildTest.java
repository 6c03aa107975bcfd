package io.mooring.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The install manifests build with the real kustomize, offline. */
class KustomizationBuildTest {

  @Test
  void theCrdKustomizationBuildsWithKubectlKustomize() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("kubectl", "kustomize", "crds").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("name: applications.argoproj.io")
        .contains("name: appprojects.argoproj.io");
  }
}
