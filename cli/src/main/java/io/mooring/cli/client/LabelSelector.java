package io.mooring.cli.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A Kubernetes equality-based label selector ({@code a=b,c!=d,e,!f}; {@code ==} accepted), used to
 * filter lists on the client side.
 */
public final class LabelSelector {
  private final List<Predicate<Map<String, String>>> requirements;

  private LabelSelector(List<Predicate<Map<String, String>>> requirements) {
    this.requirements = requirements;
  }

  /** Parses {@code text}; an empty selector matches everything. */
  public static LabelSelector parse(String text) {
    List<Predicate<Map<String, String>>> requirements = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return new LabelSelector(requirements);
    }
    for (String raw : text.split(",", -1)) {
      requirements.add(requirement(raw.trim(), text));
    }
    return new LabelSelector(requirements);
  }

  /** Whether {@code labels} (null meaning none) satisfy every requirement. */
  public boolean matches(Map<String, String> labels) {
    Map<String, String> actual = labels == null ? Map.of() : labels;
    return requirements.stream().allMatch(r -> r.test(actual));
  }

  private static Predicate<Map<String, String>> requirement(String term, String whole) {
    if (term.isEmpty()) {
      throw invalid(whole, "empty requirement");
    }
    int notEquals = term.indexOf("!=");
    if (notEquals > 0) {
      String key = key(term.substring(0, notEquals), whole);
      String value = term.substring(notEquals + 2).trim();
      return labels -> !value.equals(labels.get(key));
    }
    int equals = term.indexOf('=');
    if (equals > 0) {
      String key = key(term.substring(0, equals), whole);
      String value = term.substring(term.startsWith("==", equals) ? equals + 2 : equals + 1).trim();
      return labels -> value.equals(labels.get(key));
    }
    if (term.startsWith("!")) {
      String key = key(term.substring(1), whole);
      return labels -> !labels.containsKey(key);
    }
    String key = key(term, whole);
    return labels -> labels.containsKey(key);
  }

  private static String key(String raw, String whole) {
    String key = raw.trim();
    if (key.isEmpty() || !key.matches("[A-Za-z0-9._/-]+")) {
      throw invalid(whole, "'" + raw + "' is not a label key");
    }
    return key;
  }

  private static IllegalArgumentException invalid(String selector, String why) {
    return new IllegalArgumentException(
        "invalid label selector '"
            + selector
            + "': "
            + why
            + " (expected key=value,key!=value,key,!key)");
  }
}
