package io.mooring.server.rbac;

import java.util.ArrayList;
import java.util.List;

/** One line of an Argo CD policy CSV: split into fields, checked, completed. */
public final class PolicyLine {
  private PolicyLine() {}

  /** The comma-separated fields of {@code line}, trimmed; empty for blank lines and comments. */
  public static List<String> split(String line) {
    String text = line.trim();
    if (text.isEmpty() || text.startsWith("#")) {
      return List.of();
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString().trim());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString().trim());
    return fields;
  }

  /** What is wrong with the fields of a line, or null when it is a valid p or g line. */
  static String problem(List<String> fields) {
    String type = fields.get(0);
    if (type.equals("p")) {
      if (fields.size() != 5 && fields.size() != 6) {
        return "a p line needs 'p, subject, resource, action, object, effect'";
      }
      if (fields.size() == 6 && !fields.get(5).equals("allow") && !fields.get(5).equals("deny")) {
        return "effect must be allow or deny, not '" + fields.get(5) + "'";
      }
      return fields.subList(1, 5).contains("") ? "a p line has an empty field" : null;
    }
    if (type.equals("g")) {
      if (fields.size() != 3 || fields.get(1).isEmpty() || fields.get(2).isEmpty()) {
        return "a g line needs 'g, subject, role'";
      }
      return null;
    }
    return "a line must start with p or g, not '" + type + "'";
  }

  /** The p fields after the type, with the effect {@code allow} added when omitted. */
  static List<String> withEffect(List<String> fields) {
    List<String> result = new ArrayList<>(fields);
    if (result.size() == 4) {
      result.add("allow");
    }
    return result;
  }
}
