package io.mooring.engine.diff;

import com.fasterxml.jackson.core.JsonPointer;
import io.mooring.engine.resource.ResourceKey;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One ignoreDifferences rule as in an Argo CD Application: which objects it applies to and which of
 * their fields are not drift. {@code group} and {@code kind} accept {@code *} wildcards; an empty
 * {@code name} or {@code namespace} matches any.
 *
 * @param group API group ("" for core), may contain {@code *}
 * @param kind kind, may contain {@code *}
 * @param name object name, or "" for any
 * @param namespace object namespace, or "" for any
 * @param jsonPointers RFC 6901 pointers of ignored fields
 * @param jqPathExpressions jq path expressions of ignored fields
 * @param managedFieldsManagers field managers whose fields are ignored
 */
public record IgnoreDifferences(
    String group,
    String kind,
    String name,
    String namespace,
    List<String> jsonPointers,
    List<String> jqPathExpressions,
    List<String> managedFieldsManagers) {

  public IgnoreDifferences {
    group = group == null ? "" : group;
    kind = kind == null ? "" : kind;
    name = name == null ? "" : name;
    namespace = namespace == null ? "" : namespace;
    jsonPointers = jsonPointers == null ? List.of() : List.copyOf(jsonPointers);
    jqPathExpressions = jqPathExpressions == null ? List.of() : List.copyOf(jqPathExpressions);
    managedFieldsManagers =
        managedFieldsManagers == null ? List.of() : List.copyOf(managedFieldsManagers);
    for (String pointer : jsonPointers) {
      validatePointer(pointer);
    }
    jqPathExpressions.forEach(JqDeletion::validate);
  }

  private static void validatePointer(String pointer) {
    try {
      JsonPointer.compile(pointer);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "invalid jsonPointer '" + pointer + "': " + e.getMessage(), e);
    }
  }

  /** A rule ignoring {@code pointers} on every object of {@code group}/{@code kind}. */
  public static IgnoreDifferences jsonPointers(String group, String kind, String... pointers) {
    return new IgnoreDifferences(group, kind, "", "", List.of(pointers), List.of(), List.of());
  }

  /** True when this rule applies to the object identified by {@code key}. */
  public boolean matches(ResourceKey key) {
    return glob(group, key.group())
        && glob(kind, key.kind())
        && (name.isEmpty() || name.equals(key.name()))
        && (namespace.isEmpty() || namespace.equals(key.namespace()));
  }

  private static boolean glob(String pattern, String value) {
    if (pattern.equals("*") || pattern.equals(value)) {
      return true;
    }
    if (!pattern.contains("*")) {
      return false;
    }
    StringBuilder regex = new StringBuilder();
    for (String part : pattern.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return value.matches(regex.toString());
  }
}
