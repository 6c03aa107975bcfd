package io.mooring.kube.discovery;

import java.util.List;

/**
 * One rule of Argo CD's {@code resource.exclusions}: API group, kind and cluster patterns ({@code
 * *} matches any run of characters). An empty list matches everything.
 */
public record ResourceExclusion(List<String> apiGroups, List<String> kinds, List<String> clusters) {

  public ResourceExclusion {
    apiGroups = apiGroups == null ? List.of() : List.copyOf(apiGroups);
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
    clusters = clusters == null ? List.of() : List.copyOf(clusters);
  }

  /** A rule for some kinds of some groups, on every cluster. */
  public static ResourceExclusion of(List<String> apiGroups, List<String> kinds) {
    return new ResourceExclusion(apiGroups, kinds, List.of());
  }

  /** True when this rule excludes {@code group/kind} on the cluster at {@code clusterServer}. */
  public boolean matches(String group, String kind, String clusterServer) {
    return anyMatches(apiGroups, group)
        && anyMatches(kinds, kind)
        && anyMatches(clusters, clusterServer);
  }

  private static boolean anyMatches(List<String> patterns, String value) {
    if (patterns.isEmpty()) {
      return true;
    }
    for (String pattern : patterns) {
      if (Glob.matches(pattern, value)) {
        return true;
      }
    }
    return false;
  }
}
