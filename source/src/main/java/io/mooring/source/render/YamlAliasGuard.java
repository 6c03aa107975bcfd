package io.mooring.source.render;

import io.mooring.source.SourceException;
import io.mooring.source.SourceException.Reason;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Refuses YAML that uses aliases to collections more than a small number of times (the "billion
 * laughs" alias bomb). Composing builds the node graph without expanding it, so the check is cheap;
 * text without an alias marker is not composed at all.
 */
final class YamlAliasGuard {
  /** Aliases to lists or maps allowed per document, as Kubernetes' own YAML reader allows. */
  static final int MAX_COLLECTION_ALIASES = 50;

  private YamlAliasGuard() {}

  static void check(String source, String text) throws SourceException {
    if (text.indexOf('*') < 0 || text.indexOf('&') < 0) {
      return;
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(Integer.MAX_VALUE);
    try {
      for (Node ignored : new Yaml(options).composeAll(new StringReader(text))) {
        // composing each document enforces the alias limit
      }
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (message.contains("aliases")) {
        throw new SourceException(
            Reason.INVALID_MANIFEST,
            source
                + ": refused: too many YAML aliases (more than "
                + MAX_COLLECTION_ALIASES
                + " aliases to lists or maps, a possible alias bomb)");
      }
      // other syntax errors are reported by the manifest reader with positions
    }
  }
}
