package io.mooring.server.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.mooring.model.ModelCodec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads local accounts the way Argo CD does: {@code accounts.<name>: apiKey, login} and {@code
 * accounts.<name>.enabled} in argocd-cm; the admin always exists with the login capability and is
 * enabled unless {@code admin.enabled} is {@code "false"}; credentials come from argocd-secret.
 */
public final class AccountSettings {
  private static final Logger LOG = LoggerFactory.getLogger(AccountSettings.class);
  private static final String PREFIX = "accounts.";

  private AccountSettings() {}

  /**
   * Every account defined by {@code configMap} (argocd-cm) with credentials from {@code secret}.
   */
  public static List<Account> parse(Map<String, String> configMap, Map<String, String> secret) {
    List<Account> accounts = new ArrayList<>();
    accounts.add(admin(configMap, secret));
    for (String name : accountNames(configMap)) {
      if (AccountKeys.ADMIN.equals(name)) {
        continue;
      }
      boolean enabled = !"false".equals(configMap.get(PREFIX + name + ".enabled"));
      Set<AccountCapability> capabilities =
          AccountCapability.parseList(configMap.get(PREFIX + name));
      accounts.add(account(name, enabled, capabilities, secret));
    }
    return accounts;
  }

  private static Account admin(Map<String, String> configMap, Map<String, String> secret) {
    boolean enabled = !"false".equals(configMap.get("admin.enabled"));
    String declared = configMap.get(PREFIX + AccountKeys.ADMIN);
    Set<AccountCapability> capabilities =
        declared == null
            ? EnumSet.of(AccountCapability.LOGIN)
            : AccountCapability.parseList(declared);
    return account(AccountKeys.ADMIN, enabled, capabilities, secret);
  }

  private static Set<String> accountNames(Map<String, String> configMap) {
    Set<String> names = new TreeSet<>();
    for (String key : configMap.keySet()) {
      if (key.startsWith(PREFIX)) {
        String rest = key.substring(PREFIX.length());
        if (!rest.isEmpty() && !rest.contains(".")) {
          names.add(rest);
        }
      }
    }
    return names;
  }

  private static Account account(
      String name, boolean enabled, Set<AccountCapability> capabilities, Map<String, String> s) {
    Optional<String> hash =
        Optional.ofNullable(s.get(AccountKeys.password(name))).filter(h -> !h.isBlank());
    return new Account(
        name,
        enabled,
        capabilities,
        hash,
        mtime(name, s.get(AccountKeys.passwordMtime(name))),
        tokens(name, s.get(AccountKeys.tokens(name))));
  }

  private static Optional<Instant> mtime(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(value.trim()));
    } catch (DateTimeParseException e) {
      LOG.warn(
          "argocd-secret: {} is not an RFC 3339 time; ignored", AccountKeys.passwordMtime(name));
      return Optional.empty();
    }
  }

  private static List<ApiToken> tokens(String name, String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return ModelCodec.jsonMapper().readValue(json, new TypeReference<List<ApiToken>>() {});
    } catch (JsonProcessingException e) {
      LOG.warn("argocd-secret: {} is not a JSON list of tokens; ignored", AccountKeys.tokens(name));
      return List.of();
    }
  }

  /** The JSON Argo CD stores under {@code accounts.<name>.tokens}. */
  static String tokensJson(List<ApiToken> tokens) {
    try {
      return ModelCodec.jsonMapper().writeValueAsString(tokens);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("tokens cannot be written as JSON", e);
    }
  }
}
