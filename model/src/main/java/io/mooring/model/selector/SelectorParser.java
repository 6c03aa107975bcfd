package io.mooring.model.selector;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A hand-written scanner and recursive-descent parser for Kubernetes' label-selector grammar: terms
 * separated by commas, each {@code key}, {@code !key}, {@code key=value}, {@code key==value},
 * {@code key!=value}, {@code key in (v1,v2)} or {@code key notin (v1,v2)}; keys and values checked
 * as Kubernetes checks label keys and values.
 */
final class SelectorParser {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final int MAX_NAME = 63;
  private static final int MAX_PREFIX = 253;

  private final String text;
  private int position;

  private SelectorParser(String text) {
    this.text = text;
  }

  static List<Requirement> parse(String text) {
    return new SelectorParser(text).selector();
  }

  private List<Requirement> selector() {
    List<Requirement> requirements = new ArrayList<>();
    skipSpaces();
    if (atEnd()) {
      return requirements;
    }
    while (true) {
      requirements.add(requirement());
      skipSpaces();
      if (atEnd()) {
        return requirements;
      }
      expect(',');
    }
  }

  private Requirement requirement() {
    skipSpaces();
    if (atEnd() || peek() == ',') {
      throw invalid("empty requirement" + where());
    }
    if (peek() == '!' && !lookingAt("!=")) {
      position++;
      skipSpaces();
      return new Requirement(key(word()), Operator.DOES_NOT_EXIST, Set.of());
    }
    String key = word();
    int afterKey = position;
    skipSpaces();
    if (atEnd() || peek() == ',') {
      return new Requirement(key(key), Operator.EXISTS, Set.of());
    }
    if (lookingAt("!=")) {
      position += 2;
      return new Requirement(key(key), Operator.NOT_EQUALS, Set.of(value()));
    }
    if (lookingAt("==")) {
      position += 2;
      return new Requirement(key(key), Operator.EQUALS, Set.of(value()));
    }
    if (peek() == '=') {
      position++;
      return new Requirement(key(key), Operator.EQUALS, Set.of(value()));
    }
    String word = word();
    if (position == afterKey || !(word.equals("in") || word.equals("notin"))) {
      throw invalid("'" + (key + " " + word).strip() + "' is not a label key");
    }
    return new Requirement(key(key), word.equals("in") ? Operator.IN : Operator.NOT_IN, values());
  }

  private Set<String> values() {
    skipSpaces();
    expect('(');
    Set<String> values = new LinkedHashSet<>();
    while (true) {
      values.add(value());
      skipSpaces();
      if (!atEnd() && peek() == ')') {
        position++;
        return values;
      }
      if (atEnd()) {
        throw invalid("expected ')' at the end, to close the value list");
      }
      expect(',');
    }
  }

  private String value() {
    skipSpaces();
    String value = word();
    if (!value.isEmpty() && (value.length() > MAX_NAME || !NAME.matcher(value).matches())) {
      throw invalid(
          "'"
              + value
              + "' is not a label value (at most 63 letters, digits, '-', '_' or '.',"
              + " starting and ending with a letter or digit)");
    }
    return value;
  }

  private String key(String key) {
    int slash = key.indexOf('/');
    String prefix = slash < 0 ? null : key.substring(0, slash);
    String name = slash < 0 ? key : key.substring(slash + 1);
    boolean validPrefix =
        prefix == null
            || (!prefix.isEmpty()
                && prefix.length() <= MAX_PREFIX
                && DNS_SUBDOMAIN.matcher(prefix).matches());
    boolean validName = name.length() <= MAX_NAME && NAME.matcher(name).matches();
    if (!validPrefix || !validName) {
      throw invalid("'" + key + "' is not a label key");
    }
    return key;
  }

  /** The characters up to the next space, comma, parenthesis, '!' or '='. */
  private String word() {
    int start = position;
    while (!atEnd() && " \t,()!=".indexOf(peek()) < 0) {
      position++;
    }
    return text.substring(start, position);
  }

  private void expect(char wanted) {
    skipSpaces();
    if (atEnd() || peek() != wanted) {
      throw invalid(
          "expected '"
              + wanted
              + "' "
              + (atEnd() ? "at the end" : "but found '" + peek() + "' at position " + position));
    }
    position++;
  }

  private String where() {
    return atEnd() ? " at the end" : " at position " + position;
  }

  private void skipSpaces() {
    while (!atEnd() && Character.isWhitespace(peek())) {
      position++;
    }
  }

  private boolean lookingAt(String token) {
    return text.startsWith(token, position);
  }

  private boolean atEnd() {
    return position >= text.length();
  }

  private char peek() {
    return text.charAt(position);
  }

  private InvalidLabelSelectorException invalid(String why) {
    return new InvalidLabelSelectorException(text, why);
  }
}
