package io.mooring.cli;

import java.util.Map;

/** Splits {@code key=value} flag values, naming the flag when one has no {@code =}. */
final class KeyValues {
  private KeyValues() {}

  /** {@code text} split at its first {@code =}; the key must not be empty. */
  static Map.Entry<String, String> parse(String flag, String text) {
    int equals = text.indexOf('=');
    if (equals <= 0) {
      throw new FlagException(flag + " '" + text + "': expected KEY=VALUE");
    }
    return Map.entry(text.substring(0, equals).trim(), text.substring(equals + 1));
  }
}
