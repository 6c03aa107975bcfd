package io.mooring.cli;

import io.mooring.cli.client.ApiClient;
import io.mooring.cli.client.ClientException;
import io.mooring.cli.client.ConfigStore;
import io.mooring.cli.client.ContextEntry;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every command that talks to a server: which contexts file and context. */
public final class ConnectionOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Contexts file (default: $MOORING_CONFIG, else ~/.config/mooring/config).")
  Path config;

  @Option(
      names = "--context",
      paramLabel = "NAME",
      description = "Use this saved context instead of the current one.")
  String context;

  /** The contexts file in use. */
  public ConfigStore store() {
    return new ConfigStore(config != null ? config : ConfigStore.defaultLocation(System.getenv()));
  }

  /** The context to use: --context, else the current one (it may have no token). */
  public ContextEntry chosenContext() throws IOException {
    var saved = store().load();
    var chosen = context != null ? saved.context(context) : saved.current();
    if (chosen.isEmpty()) {
      throw ClientException.notLoggedIn(
          context != null ? " (there is no context named '" + context + "')" : "");
    }
    return chosen.get();
  }

  /** The context to use, which must hold a token. */
  public ContextEntry loggedInContext() throws IOException {
    ContextEntry chosen = chosenContext();
    if (chosen.token() == null) {
      throw ClientException.notLoggedIn(" to " + chosen.server());
    }
    return chosen;
  }

  /** A client for the context to use. */
  public ApiClient client() throws IOException {
    return ApiClient.forContext(loggedInContext());
  }
}
