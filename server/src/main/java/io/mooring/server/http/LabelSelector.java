package io.mooring.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A Kubernetes label selector ({@code env=prod,tier!=web,team,!legacy,region in (eu,us)}) parsed
 * into a predicate on label maps. Pure.
 */
public final class LabelSelector implements Predicate<Map<String, String>> {
  private final List<Predicate<Map<String, String>>> requirements;

  private LabelSelector(List<Predicate<Map<String, String>>> requirements) {
    this.requirements = List.copyOf(requirements);
  }

  /** Parses {@code text}; a blank selector matches everything. */
  public static LabelSelector parse(String text) {
    List<Predicate<Map<String, String>>> requirements = new ArrayList<>();
    for (String term : splitTerms(text == null ? "" : text)) {
      requirements.add(requirement(term.trim(), text));
    }
    return new LabelSelector(requirements);
  }

  @Override
  public boolean test(Map<String, String> labels) {
    Map<String, String> actual = labels == null ? Map.of() : labels;
    return requirements.stream().allMatch(r -> r.test(actual));
  }

  private static Predicate<Map<String, String>> requirement(String term, String selector) {
    String[] set = term.split("\\s+(?=(in|notin)\\s*\\()", 2);
    if (set.length == 2) {
      String key = key(set[0], selector);
      String rest = set[1].trim();
      boolean in = rest.startsWith("in");
      String list = rest.substring(in ? 2 : 5).trim();
      if (!list.startsWith("(") || !list.endsWith(")")) {
        throw invalid(selector, "'" + term + "' needs a parenthesised value list");
      }
      Set<String> values = Set.of(list.substring(1, list.length() - 1).trim().split("\\s*,\\s*"));
      return in
          ? labels -> labels.containsKey(key) && values.contains(labels.get(key))
          : labels -> !labels.containsKey(key) || !values.contains(labels.get(key));
    }
    int notEquals = term.indexOf("!=");
    if (notEquals > 0) {
      String key = key(term.substring(0, notEquals), selector);
      String value = term.substring(notEquals + 2).trim();
      return labels -> !value.equals(labels.get(key));
    }
    int equals = term.indexOf('=');
    if (equals > 0) {
      String key = key(term.substring(0, equals), selector);
      String value = term.substring(term.startsWith("==", equals) ? equals + 2 : equals + 1).trim();
      return labels -> value.equals(labels.get(key));
    }
    if (term.startsWith("!")) {
      String key = key(term.substring(1), selector);
      return labels -> !labels.containsKey(key);
    }
    String key = key(term, selector);
    return labels -> labels.containsKey(key);
  }

  private static String key(String raw, String selector) {
    String key = raw.trim();
    if (key.isEmpty() || !key.matches("[A-Za-z0-9._/-]+")) {
      throw invalid(selector, "'" + key + "' is not a label key");
    }
    return key;
  }

  /** Splits at commas outside parentheses. */
  private static List<String> splitTerms(String text) {
    List<String> terms = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == ',' && depth == 0) {
        terms.add(current.toString());
        current.setLength(0);
        continue;
      }
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      current.append(c);
    }
    terms.add(current.toString());
    return terms.stream().filter(t -> !t.isBlank()).toList();
  }

  private static ApiException invalid(String selector, String why) {
    return ApiException.invalid("selector '" + selector + "' is invalid: " + why);
  }
}
