package io.mooring.engine.health.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mooring.engine.health.Fixtures;
import io.mooring.engine.health.HealthAssessor;
import io.mooring.engine.health.HealthResult;
import io.mooring.engine.health.HealthStatus;
import io.mooring.engine.health.lua.LuaHealthEvaluator;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsConfigMapReaderTest {
  private HealthAssessor assessor;

  @BeforeEach
  void readArgoCdConfigMap() throws Exception {
    String text = Files.readString(Fixtures.path("settings/argocd-cm.yaml"));
    List<CustomHealthScript> scripts = SettingsConfigMapReader.read("argocd-cm.yaml", text);
    assessor =
        new HealthAssessor(new CustomHealthChecks(scripts, LuaHealthEvaluator.withDefaultLimits()));
  }

  @Test
  void perKeySettingForACoreKindApplies() {
    assertThat(assessor.assess(Fixtures.object("configmap-broken.yaml")))
        .contains(new HealthResult(HealthStatus.Degraded, "marked broken"));
  }

  @Test
  void perKeySettingWinsOverTheOldBlockForTheSameKind() {
    assertThat(assessor.assess(Fixtures.object("certificate-ready.yaml")))
        .contains(new HealthResult(HealthStatus.Suspended, "from the per-key setting"));
  }

  @Test
  void oldBlockConfiguresKindsTheKeysDoNot() {
    assertThat(assessor.assess(Fixtures.object("cronjob-suspended.yaml")))
        .contains(new HealthResult(HealthStatus.Suspended, "CronJob is suspended"));
  }

  @Test
  void wildcardKeyMatchesAnyKindInMatchingGroups() {
    assertThat(assessor.assess(Fixtures.object("anvil-acme.yaml")))
        .contains(new HealthResult(HealthStatus.Progressing, "any acme.io kind"));
  }

  @Test
  void keyWithTooManyPartsIsRejectedNamingTheKey() {
    String configMap =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: argocd-cm}
        data:
          resource.customizations.health.a_b_c: "return {}"
        """;

    assertThatThrownBy(() -> SettingsConfigMapReader.read("cm.yaml", configMap))
        .isInstanceOf(HealthCustomizationException.class)
        .hasMessageContaining("cm.yaml")
        .hasMessageContaining("resource.customizations.health.a_b_c");
  }

  @Test
  void fileWithoutAConfigMapIsRejected() {
    assertThatThrownBy(
            () -> SettingsConfigMapReader.read("x.yaml", "apiVersion: v1\nkind: Secret\n"))
        .hasMessage("x.yaml: no ConfigMap found");
  }
}
