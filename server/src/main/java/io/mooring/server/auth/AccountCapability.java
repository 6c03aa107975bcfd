package io.mooring.server.auth;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a local account may do, as listed in {@code accounts.<name>} of argocd-cm. */
public enum AccountCapability {
  LOGIN("login"),
  API_KEY("apiKey");

  private final String value;

  AccountCapability(String value) {
    this.value = value;
  }

  /** The word Argo CD writes in argocd-cm. */
  public String value() {
    return value;
  }

  /** The capability written as {@code text}, if any. */
  public static Optional<AccountCapability> parse(String text) {
    for (AccountCapability capability : values()) {
      if (capability.value.equals(text.trim())) {
        return Optional.of(capability);
      }
    }
    return Optional.empty();
  }

  /** The capabilities in a comma-separated list; unknown words are ignored. */
  public static Set<AccountCapability> parseList(String text) {
    Set<AccountCapability> result = EnumSet.noneOf(AccountCapability.class);
    for (String word : text.split(",")) {
      parse(word).ifPresent(result::add);
    }
    return result;
  }
}
