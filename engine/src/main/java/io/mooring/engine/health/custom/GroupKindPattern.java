package io.mooring.engine.health.custom;

import io.mooring.engine.resource.GroupKind;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A group and kind that may contain {@code *} wildcards, as in Argo CD's resource customization
 * keys ({@code *.crossplane.io/*}). The core group is the empty string.
 */
public record GroupKindPattern(String group, String kind) {

  /** Parses Argo CD's override key: {@code group/Kind}, or {@code Kind} for the core group. */
  public static GroupKindPattern parseKey(String key) {
    int slash = key.lastIndexOf('/');
    return slash < 0
        ? new GroupKindPattern("", key)
        : new GroupKindPattern(key.substring(0, slash), key.substring(slash + 1));
  }

  /**
   * The pattern of a customizations directory: a folder named {@code _}, or a {@code _} part of a
   * dotted group ({@code _.example.com}), is a wildcard.
   */
  public static GroupKindPattern fromDirectoryNames(String groupDir, String kindDir) {
    String group =
        Arrays.stream(groupDir.split("\\.", -1))
            .map(part -> part.equals("_") ? "*" : part)
            .collect(Collectors.joining("."));
    String kind = kindDir.equals("_") ? "*" : kindDir;
    return new GroupKindPattern(group, kind);
  }

  /** True when the pattern holds no wildcard. */
  public boolean isExact() {
    return !group.contains("*") && !kind.contains("*");
  }

  /** True when {@code groupKind} matches this pattern. */
  public boolean matches(GroupKind groupKind) {
    return glob(group).matcher(groupKind.group()).matches()
        && glob(kind).matcher(groupKind.kind()).matches();
  }

  /** How much of the pattern is literal: more specific wildcards are tried first. */
  int literalLength() {
    return group.replace("*", "").length() + kind.replace("*", "").length();
  }

  /** The Argo CD override key: {@code group/Kind}, or {@code Kind} for the core group. */
  @Override
  public String toString() {
    return group.isEmpty() ? kind : group + "/" + kind;
  }

  private static Pattern glob(String text) {
    StringBuilder regex = new StringBuilder();
    for (String literal : text.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(literal));
    }
    return Pattern.compile(regex.toString());
  }
}
