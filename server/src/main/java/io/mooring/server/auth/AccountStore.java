package io.mooring.server.auth;

import io.mooring.server.settings.SettingsNames;
import io.mooring.server.settings.SettingsStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Local accounts read from and written to the settings store (argocd-cm and argocd-secret). */
public final class AccountStore {
  private final SettingsStore settings;

  public AccountStore(SettingsStore settings) {
    this.settings = settings;
  }

  /** Every local account, the admin first. */
  public List<Account> list() {
    return AccountSettings.parse(
        settings.configMap(SettingsNames.ARGOCD_CM), settings.secret(SettingsNames.ARGOCD_SECRET));
  }

  /** The account named {@code name}, if it is defined. */
  public Optional<Account> find(String name) {
    return list().stream().filter(account -> account.name().equals(name)).findFirst();
  }

  /** Stores {@code bcryptHash} as {@code name}'s password, changed at {@code changedAt}. */
  public void setPassword(String name, String bcryptHash, Instant changedAt) {
    Map<String, String> changes = new HashMap<>();
    changes.put(AccountKeys.password(name), bcryptHash);
    changes.put(
        AccountKeys.passwordMtime(name), changedAt.truncatedTo(ChronoUnit.SECONDS).toString());
    settings.updateSecret(SettingsNames.ARGOCD_SECRET, changes);
  }

  /** Records a newly issued API token of {@code account}. */
  public void addToken(Account account, ApiToken token) {
    List<ApiToken> tokens = new ArrayList<>(account.tokens());
    tokens.add(token);
    writeTokens(account.name(), tokens);
  }

  /** Forgets the API token {@code id} of {@code account}, which revokes it. */
  public void removeToken(Account account, String id) {
    List<ApiToken> tokens = new ArrayList<>(account.tokens());
    tokens.removeIf(token -> token.id().equals(id));
    writeTokens(account.name(), tokens);
  }

  private void writeTokens(String name, List<ApiToken> tokens) {
    Map<String, String> changes = new HashMap<>();
    changes.put(AccountKeys.tokens(name), AccountSettings.tokensJson(tokens));
    settings.updateSecret(SettingsNames.ARGOCD_SECRET, changes);
  }
}
