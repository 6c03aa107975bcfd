package io.mooring.kube.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceExclusionsTest {
  private static final String CLUSTER = "https://kubernetes.default.svc";

  @Test
  void defaultsExcludeEventsEndpointsAndLeasesButNotWorkloads() {
    ResourceExclusions defaults = ResourceExclusions.defaults();

    assertThat(defaults.excludes("", "Event", CLUSTER)).isTrue();
    assertThat(defaults.excludes("events.k8s.io", "Event", CLUSTER)).isTrue();
    assertThat(defaults.excludes("", "Endpoints", CLUSTER)).isTrue();
    assertThat(defaults.excludes("discovery.k8s.io", "EndpointSlice", CLUSTER)).isTrue();
    assertThat(defaults.excludes("coordination.k8s.io", "Lease", CLUSTER)).isTrue();
    assertThat(defaults.excludes("apps", "Deployment", CLUSTER)).isFalse();
    assertThat(defaults.excludes("", "Pod", CLUSTER)).isFalse();
  }

  @Test
  void configuredRulesReplaceTheNoisyDefaultsButEventsStayExcluded() {
    ResourceExclusions configured =
        ResourceExclusions.of(List.of(ResourceExclusion.of(List.of("cilium.io"), List.of("*"))));

    assertThat(configured.excludes("", "Endpoints", CLUSTER)).isFalse();
    assertThat(configured.excludes("cilium.io", "CiliumEndpoint", CLUSTER)).isTrue();
    assertThat(configured.excludes("", "Event", CLUSTER)).isTrue();
  }

  @Test
  void ruleWithGlobsAppliesOnlyToTheClustersItNames() {
    ResourceExclusion rule =
        new ResourceExclusion(
            List.of("*.example.com"), List.of("Report*"), List.of("https://prod-*"));

    assertThat(rule.matches("metrics.example.com", "ReportSummary", "https://prod-eu")).isTrue();
    assertThat(rule.matches("metrics.example.com", "ReportSummary", "https://staging")).isFalse();
    assertThat(rule.matches("example.com", "ReportSummary", "https://prod-eu")).isFalse();
  }
}
