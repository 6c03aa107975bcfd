package io.mooring.model.selector;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One term of a label selector: a key, an operator and the values it compares with (empty for
 * {@link Operator#EXISTS} and {@link Operator#DOES_NOT_EXIST}).
 */
public record Requirement(String key, Operator operator, Set<String> values) {
  public Requirement {
    values = Set.copyOf(values);
  }

  /** Whether {@code labels} (never null) satisfy this requirement. */
  public boolean matches(Map<String, String> labels) {
    String actual = labels.get(key);
    return switch (operator) {
      case EQUALS, IN -> actual != null && values.contains(actual);
      case NOT_EQUALS, NOT_IN -> actual == null || !values.contains(actual);
      case EXISTS -> labels.containsKey(key);
      case DOES_NOT_EXIST -> !labels.containsKey(key);
    };
  }

  /** The term as Kubernetes writes it, values sorted. */
  @Override
  public String toString() {
    String sorted = String.join(",", new TreeSet<>(values));
    return switch (operator) {
      case EQUALS -> key + "=" + sorted;
      case NOT_EQUALS -> key + "!=" + sorted;
      case IN -> key + " in (" + sorted + ")";
      case NOT_IN -> key + " notin (" + sorted + ")";
      case EXISTS -> key;
      case DOES_NOT_EXIST -> "!" + key;
    };
  }
}
