package io.mooring.engine.health.custom;

import java.util.Objects;

/**
 * One custom health script and what it applies to.
 *
 * @param pattern the group and kind it is for (wildcards allowed)
 * @param script the Lua source
 * @param origin where it was configured (a file, or a ConfigMap key), for messages
 */
public record CustomHealthScript(GroupKindPattern pattern, String script, String origin) {
  public CustomHealthScript {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(origin, "origin");
  }
}
