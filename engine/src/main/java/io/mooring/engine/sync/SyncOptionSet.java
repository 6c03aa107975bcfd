package io.mooring.engine.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A set of sync options ({@code Key=value} entries). Entries naming an unknown option or an
 * unaccepted value are kept in {@link #unrecognized()} so a caller can warn about them; Argo CD
 * ignores them, and so does this class.
 */
public record SyncOptionSet(Map<SyncOption, String> values, List<String> unrecognized) {

  /** No options: every option at its default. */
  public static final SyncOptionSet EMPTY = new SyncOptionSet(Map.of(), List.of());

  public SyncOptionSet {
    Map<SyncOption, String> copy = new EnumMap<>(SyncOption.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
    unrecognized = List.copyOf(unrecognized);
  }

  /** Parses entries such as {@code "Prune=false"}; blank entries are ignored, later ones win. */
  public static SyncOptionSet of(List<String> entries) {
    Map<SyncOption, String> values = new EnumMap<>(SyncOption.class);
    List<String> unrecognized = new ArrayList<>();
    for (String raw : entries) {
      String entry = raw == null ? "" : raw.trim();
      if (entry.isEmpty()) {
        continue;
      }
      int equals = entry.indexOf('=');
      Optional<SyncOption> option =
          equals < 0 ? Optional.empty() : SyncOption.named(entry.substring(0, equals).trim());
      String value = equals < 0 ? "" : normalize(option, entry.substring(equals + 1).trim());
      if (option.isPresent() && option.get().accepts(value)) {
        values.put(option.get(), value);
      } else {
        unrecognized.add(entry);
      }
    }
    return new SyncOptionSet(values, unrecognized);
  }

  private static String normalize(Optional<SyncOption> option, String value) {
    return option.filter(o -> o == SyncOption.PrunePropagationPolicy).isPresent()
        ? value.toLowerCase(Locale.ROOT)
        : value;
  }

  /** These options with every option set in {@code overrides} replaced by its value there. */
  public SyncOptionSet overriddenBy(SyncOptionSet overrides) {
    Map<SyncOption, String> merged = new EnumMap<>(SyncOption.class);
    merged.putAll(values);
    merged.putAll(overrides.values);
    List<String> problems = new ArrayList<>(unrecognized);
    problems.addAll(overrides.unrecognized);
    return new SyncOptionSet(merged, problems);
  }

  /** The value set for an option, if any. */
  public Optional<String> value(SyncOption option) {
    return Optional.ofNullable(values.get(option));
  }

  /** True when the option is set to {@code value}. */
  public boolean is(SyncOption option, String value) {
    return value.equals(values.get(option));
  }

  /** True when the option is set to {@code true}. */
  public boolean isTrue(SyncOption option) {
    return is(option, "true");
  }

  /**
   * Whether pruning this resource is allowed, disabled ({@code Prune=false}) or needs confirmation.
   */
  public PruneMode pruneMode() {
    if (is(SyncOption.Prune, "false")) {
      return PruneMode.DISABLED;
    }
    return is(SyncOption.Prune, "confirm") ? PruneMode.CONFIRM : PruneMode.ALLOWED;
  }

  /** True unless {@code Validate=false}. */
  public boolean validate() {
    return !is(SyncOption.Validate, "false");
  }

  /**
   * True with {@code ServerSideApply=true} (and not overridden by {@code ServerSideApply=false}).
   */
  public boolean serverSideApply() {
    return isTrue(SyncOption.ServerSideApply);
  }

  /** True with {@code Replace=true}. */
  public boolean replace() {
    return isTrue(SyncOption.Replace);
  }

  /** True with {@code Force=true}. */
  public boolean force() {
    return isTrue(SyncOption.Force);
  }

  /** The propagation policy for deletions: foreground (Argo CD's default), background or orphan. */
  public String prunePropagationPolicy() {
    return value(SyncOption.PrunePropagationPolicy).orElse("foreground");
  }

  /** Whether a resource may be pruned. */
  public enum PruneMode {
    ALLOWED,
    DISABLED,
    CONFIRM
  }
}
