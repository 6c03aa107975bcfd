package io.mooring.cli.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The saved contexts and which one is current (the YAML in {@code ~/.config/mooring/config}).
 *
 * @param currentContext the name of the context commands use, or null
 * @param contexts every saved context, in the order they were first added
 */
public record CliConfig(String currentContext, List<ContextEntry> contexts) {
  public CliConfig {
    contexts = contexts == null ? List.of() : List.copyOf(contexts);
  }

  /** A config with no contexts. */
  public static CliConfig empty() {
    return new CliConfig(null, List.of());
  }

  /** The context named {@code name}. */
  public Optional<ContextEntry> context(String name) {
    return contexts.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The current context, if one is set and exists. */
  public Optional<ContextEntry> current() {
    return currentContext == null ? Optional.empty() : context(currentContext);
  }

  /** This config with {@code entry} added or replaced (same name) and made current. */
  public CliConfig withCurrent(ContextEntry entry) {
    List<ContextEntry> updated = new ArrayList<>(contexts);
    int index = indexOf(entry.name());
    if (index >= 0) {
      updated.set(index, entry);
    } else {
      updated.add(entry);
    }
    return new CliConfig(entry.name(), updated);
  }

  /** This config with {@code entry} replaced, keeping the current context as it is. */
  public CliConfig with(ContextEntry entry) {
    List<ContextEntry> updated = new ArrayList<>(contexts);
    int index = indexOf(entry.name());
    if (index < 0) {
      throw new IllegalArgumentException("no context named '" + entry.name() + "'");
    }
    updated.set(index, entry);
    return new CliConfig(currentContext, updated);
  }

  /** This config with the current context switched to {@code name}. */
  public CliConfig switchTo(String name) {
    return new CliConfig(name, contexts);
  }

  /** This config without the context {@code name} (the current one is unset if it was that). */
  public CliConfig without(String name) {
    List<ContextEntry> remaining = contexts.stream().filter(c -> !c.name().equals(name)).toList();
    return new CliConfig(name.equals(currentContext) ? null : currentContext, remaining);
  }

  private int indexOf(String name) {
    for (int i = 0; i < contexts.size(); i++) {
      if (contexts.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
