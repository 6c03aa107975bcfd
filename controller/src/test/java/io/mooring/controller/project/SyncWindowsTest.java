package io.mooring.controller.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.controller.project.SyncWindows.Trigger;
import io.mooring.model.AppProject;
import io.mooring.model.Application;
import io.mooring.model.ModelCodec;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyncWindowsTest {
  private static final Instant TEN_AM = Instant.parse("2025-06-02T10:00:00Z");
  private static final Instant NOON = Instant.parse("2025-06-02T12:30:00Z");
  private static final Application WEB =
      ProjectFixtures.app("web", "shop", "https://git.example.com/web.git", "web");

  private static AppProject project(String windows) {
    return ModelCodec.readYaml(
        "metadata: {name: shop}\nspec:\n  syncWindows:\n" + windows.indent(4), AppProject.class);
  }

  @Test
  void anActiveDenyWindowBlocksManualAndAutomatedSyncs() {
    AppProject shop =
        project("- {kind: deny, schedule: '0 9 * * *', duration: 2h, applications: ['*']}");

    assertThat(SyncWindows.blocked(WEB, shop, TEN_AM, Trigger.MANUAL))
        .hasValueSatisfying(reason -> assertThat(reason).contains("blocked by a deny sync window"));
    assertThat(SyncWindows.blocked(WEB, shop, TEN_AM, Trigger.AUTOMATED)).isPresent();
    assertThat(SyncWindows.blocked(WEB, shop, NOON, Trigger.MANUAL)).isEmpty();
  }

  @Test
  void aDenyWindowWithManualSyncLetsManualSyncsThrough() {
    AppProject shop =
        project(
            "- {kind: deny, schedule: '0 9 * * *', duration: 2h, namespaces: ['web'],"
                + " manualSync: true}");

    assertThat(SyncWindows.blocked(WEB, shop, TEN_AM, Trigger.MANUAL)).isEmpty();
    assertThat(SyncWindows.blocked(WEB, shop, TEN_AM, Trigger.AUTOMATED)).isPresent();
  }

  @Test
  void outsideEveryAllowWindowSyncsWait() {
    AppProject shop =
        project(
            "- {kind: allow, schedule: '@daily', duration: 1h, clusters:"
                + " ['https://kubernetes.default.svc']}");

    assertThat(SyncWindows.blocked(WEB, shop, TEN_AM, Trigger.MANUAL))
        .hasValueSatisfying(
            reason -> assertThat(reason).contains("outside every allow sync window"));
    assertThat(
            SyncWindows.blocked(WEB, shop, Instant.parse("2025-06-02T00:30:00Z"), Trigger.MANUAL))
        .isEmpty();
  }

  @Test
  void windowsForOtherAppsDoNotApply() {
    AppProject shop =
        project("- {kind: deny, schedule: '0 9 * * *', duration: 2h, applications: ['billing-*']}");

    assertThat(SyncWindows.blocked(WEB, shop, TEN_AM, Trigger.AUTOMATED)).isEmpty();
  }

  @Test
  void theWindowsTimeZoneDecidesWhenItFires() {
    AppProject shop =
        project(
            "- {kind: deny, schedule: '0 11 * * *', duration: 2h, applications: ['*'],"
                + " timeZone: Europe/Paris}");

    assertThat(SyncWindows.blocked(WEB, shop, TEN_AM, Trigger.AUTOMATED)).isPresent();
  }

  @Test
  void insideADenyWindowTheNextChangeIsWhenItCloses() {
    AppProject shop =
        project("- {kind: deny, schedule: '0 9 * * *', duration: 2h, applications: ['*']}");

    assertThat(SyncWindows.nextChange(WEB, shop, TEN_AM))
        .hasValue(Instant.parse("2025-06-02T11:00:00Z"));
  }

  @Test
  void outsideEveryWindowTheNextChangeIsWhenTheNextOneOpens() {
    AppProject shop =
        project(
            """
            - {kind: deny, schedule: '0 9 * * *', duration: 2h, applications: ['*']}
            - {kind: allow, schedule: '0 18 * * *', duration: 1h, applications: ['web']}
            """);

    assertThat(SyncWindows.nextChange(WEB, shop, NOON))
        .hasValue(Instant.parse("2025-06-02T18:00:00Z"));
  }

  @Test
  void withoutWindowsForTheAppNothingWillChange() {
    AppProject shop =
        project("- {kind: deny, schedule: '0 9 * * *', duration: 2h, applications: ['billing']}");

    assertThat(SyncWindows.nextChange(WEB, shop, TEN_AM)).isEmpty();
  }
}
