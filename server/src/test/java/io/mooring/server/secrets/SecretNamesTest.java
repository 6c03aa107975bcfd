package io.mooring.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretNamesTest {
  @Test
  void theHashIsThirtyTwoBitFnv1aInDecimal() {
    // the published FNV-1a 32-bit test vectors
    assertThat(SecretNames.fnv1a("")).isEqualTo(Long.toString(0x811c9dc5L));
    assertThat(SecretNames.fnv1a("a")).isEqualTo(Long.toString(0xe40c292cL));
    assertThat(SecretNames.fnv1a("foobar")).isEqualTo(Long.toString(0xbf9cf968L));
  }

  @Test
  void namesAreArgoCdsPrefixesWithTheHashOfUrlAndProject() {
    assertThat(SecretNames.repository("foo", "bar")).isEqualTo("repo-" + 0xbf9cf968L);
    assertThat(SecretNames.repoCreds("a")).isEqualTo("creds-" + 0xe40c292cL);
  }

  @Test
  void clusterNamesCarryTheLowerCaseHostWithoutPort() {
    assertThat(SecretNames.cluster("https://Kube.Example.com:6443"))
        .startsWith("cluster-kube.example.com-")
        .matches("cluster-kube\\.example\\.com-\\d+");
    assertThat(SecretNames.cluster("https://[fd00::1]:6443")).startsWith("cluster-fd00--1-");
  }
}
