package io.mooring.model.selector;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A parsed Kubernetes label selector: every requirement must hold. An empty selector matches
 * everything. Pure; immutable.
 */
public final class LabelSelector implements Predicate<Map<String, String>> {
  private static final LabelSelector EVERYTHING = new LabelSelector(List.of());
  private final List<Requirement> requirements;

  private LabelSelector(List<Requirement> requirements) {
    this.requirements = List.copyOf(requirements);
  }

  /**
   * Parses {@code text}; null or blank matches everything.
   *
   * @throws InvalidLabelSelectorException naming the selector and what is wrong with it
   */
  public static LabelSelector parse(String text) {
    if (text == null || text.isBlank()) {
      return EVERYTHING;
    }
    return new LabelSelector(SelectorParser.parse(text));
  }

  /** The selector that matches every object. */
  public static LabelSelector everything() {
    return EVERYTHING;
  }

  /** Whether {@code labels} (null meaning none) satisfy every requirement. */
  public boolean matches(Map<String, String> labels) {
    Map<String, String> actual = labels == null ? Map.of() : labels;
    return requirements.stream().allMatch(r -> r.matches(actual));
  }

  @Override
  public boolean test(Map<String, String> labels) {
    return matches(labels);
  }

  public List<Requirement> requirements() {
    return requirements;
  }

  /** The selector in Kubernetes' canonical form, e.g. {@code env=prod,tier in (api,web)}. */
  @Override
  public String toString() {
    return requirements.stream().map(Requirement::toString).collect(Collectors.joining(","));
  }
}
