package io.mooring.server.auth;

import io.mooring.server.settings.SettingsNames;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Session settings from argocd-cm: whether anonymous access is on ({@code users.anonymous.enabled},
 * off by default) and how long session tokens live ({@code users.session.duration}, a Go duration;
 * the server's default otherwise).
 */
public record SessionSettings(boolean anonymousEnabled, Duration sessionDuration) {
  private static final Logger LOG = LoggerFactory.getLogger(SessionSettings.class);
  private static final Pattern PART = Pattern.compile("([0-9]+)(h|m|s)");

  /** The settings in {@code configMap}, with {@code defaultDuration} when none is set. */
  public static SessionSettings from(Map<String, String> configMap, Duration defaultDuration) {
    boolean anonymous = "true".equals(configMap.get(SettingsNames.ANONYMOUS_ENABLED));
    String text = configMap.get(SettingsNames.SESSION_DURATION);
    return new SessionSettings(anonymous, parseDuration(text, defaultDuration));
  }

  private static Duration parseDuration(String text, Duration fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    Matcher part = PART.matcher(text.trim());
    Duration total = Duration.ZERO;
    int end = 0;
    while (part.find() && part.start() == end) {
      long amount = Long.parseLong(part.group(1));
      total =
          switch (part.group(2)) {
            case "h" -> total.plusHours(amount);
            case "m" -> total.plusMinutes(amount);
            default -> total.plusSeconds(amount);
          };
      end = part.end();
    }
    if (end != text.trim().length() || total.isZero()) {
      LOG.warn(
          "argocd-cm: {} '{}' is not a duration such as 24h or 1h30m; using {}",
          SettingsNames.SESSION_DURATION,
          text,
          fallback);
      return fallback;
    }
    return total;
  }
}
