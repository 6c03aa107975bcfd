package io.mooring.server.api;

import io.javalin.http.Context;
import io.mooring.server.auth.Account;
import io.mooring.server.auth.AccountCapability;
import io.mooring.server.auth.AccountSettings;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.Json;
import io.mooring.server.settings.ResourceOverrides;
import io.mooring.server.settings.SettingsNames;
import io.mooring.server.settings.SettingsStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/settings}: Argo CD's Settings, as far as Mooring has them, from argocd-cm. It
 * is public, as in Argo CD (the UI reads it before login), so it holds nothing secret: no account
 * data beyond whether any account can log in, no credentials.
 */
final class SettingsApi {
  static final String DEFAULT_LABEL_KEY = "app.kubernetes.io/instance";
  static final String DEFAULT_TRACKING_METHOD = "label";
  private static final List<String> BANNER_KEYS =
      List.of(
          "ui.bannercontent", "uiBannerContent",
          "ui.bannerurl", "uiBannerURL",
          "ui.cssurl", "uiCssURL",
          "ui.bannerposition", "uiBannerPosition");

  private final SettingsStore settings;

  SettingsApi(SettingsStore settings) {
    this.settings = settings;
  }

  void get(Context ctx) {
    Map<String, String> cm = settings.configMap(SettingsNames.ARGOCD_CM);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("url", cm.getOrDefault("url", ""));
    body.put("appLabelKey", nonBlank(cm.get("application.instanceLabelKey"), DEFAULT_LABEL_KEY));
    body.put("statusBadgeEnabled", false);
    String buildOptions = cm.get("kustomize.buildOptions");
    if (buildOptions != null && !buildOptions.isBlank()) {
      body.put("kustomizeOptions", Map.of("buildOptions", buildOptions));
    }
    try {
      body.put("resourceOverrides", ResourceOverrides.parse(cm));
    } catch (IllegalArgumentException e) {
      throw ApiException.unprocessable(e.getMessage());
    }
    body.put("userLoginsDisabled", userLoginsDisabled(cm));
    for (int i = 0; i < BANNER_KEYS.size(); i += 2) {
      String value = cm.get(BANNER_KEYS.get(i));
      if (value != null && !value.isBlank()) {
        body.put(BANNER_KEYS.get(i + 1), value);
      }
    }
    if ("true".equals(cm.get("ui.bannerpermanent"))) {
      body.put("uiBannerPermanent", true);
    }
    body.put("execEnabled", false);
    body.put(
        "trackingMethod",
        nonBlank(cm.get("application.resourceTrackingMethod"), DEFAULT_TRACKING_METHOD));
    Json.ok(ctx, body);
  }

  /** True when no enabled account may log in with a password (Argo CD's definition). */
  private static boolean userLoginsDisabled(Map<String, String> cm) {
    List<Account> accounts = AccountSettings.parse(cm, Map.of());
    return accounts.stream().noneMatch(account -> account.can(AccountCapability.LOGIN));
  }

  private static String nonBlank(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
