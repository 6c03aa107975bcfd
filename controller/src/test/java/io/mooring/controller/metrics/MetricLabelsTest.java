package io.mooring.controller.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricLabelsTest {
  @Test
  void aRepositoryUrlLosesItsUserAndPassword() {
    assertThat(MetricLabels.repo("https://alice:s3cret@git.example.com/apps.git"))
        .isEqualTo("https://git.example.com/apps.git");
  }

  @Test
  void aRepositoryUrlLosesATokenGivenAsItsUser() {
    assertThat(MetricLabels.repo("https://ghp_abcdef123456@github.com/org/apps"))
        .isEqualTo("https://github.com/org/apps");
  }

  @Test
  void anSshLoginNameWithoutPasswordIsKept() {
    assertThat(MetricLabels.repo("ssh://git@git.example.com/apps.git"))
        .isEqualTo("ssh://git@git.example.com/apps.git");
    assertThat(MetricLabels.repo("git@github.com:org/apps.git"))
        .isEqualTo("git@github.com:org/apps.git");
  }

  @Test
  void anSshUrlWithAPasswordLosesIt() {
    assertThat(MetricLabels.repo("ssh://git:hunter22@git.example.com/apps.git"))
        .isEqualTo("ssh://git.example.com/apps.git");
  }

  @Test
  void aUrlWithoutCredentialsIsUnchanged() {
    assertThat(MetricLabels.repo("https://git.example.com/a@b/apps.git"))
        .isEqualTo("https://git.example.com/a@b/apps.git");
  }
}
