package io.mooring.engine.diff;

import java.util.List;
import java.util.Set;

/**
 * How a diff is computed and shown.
 *
 * @param ignoreAggregatedRoles ignore the controller-filled {@code rules} of ClusterRoles that have
 *     an {@code aggregationRule}
 * @param ignoreDifferences Argo CD ignoreDifferences rules; those matching an object hide drift
 * @param hiddenAnnotations annotation keys whose values are masked in Secret outputs like data
 */
public record DiffOptions(
    boolean ignoreAggregatedRoles,
    List<IgnoreDifferences> ignoreDifferences,
    Set<String> hiddenAnnotations) {

  /** Argo CD's defaults: nothing ignored, nothing extra hidden. */
  public static final DiffOptions DEFAULT = new DiffOptions(false, List.of(), Set.of());

  public DiffOptions {
    ignoreDifferences = List.copyOf(ignoreDifferences);
    hiddenAnnotations = Set.copyOf(hiddenAnnotations);
  }

  /** These options, ignoring aggregated ClusterRole rules. */
  public DiffOptions withIgnoreAggregatedRoles() {
    return new DiffOptions(true, ignoreDifferences, hiddenAnnotations);
  }

  /** These options with {@code rules} as the ignoreDifferences rules. */
  public DiffOptions withIgnoreDifferences(List<IgnoreDifferences> rules) {
    return new DiffOptions(ignoreAggregatedRoles, rules, hiddenAnnotations);
  }

  /** These options, masking the values of {@code keys} in Secret annotations. */
  public DiffOptions withHiddenAnnotations(Set<String> keys) {
    return new DiffOptions(ignoreAggregatedRoles, ignoreDifferences, keys);
  }
}
