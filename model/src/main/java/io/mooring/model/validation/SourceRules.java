package io.mooring.model.validation;

import io.mooring.model.ApplicationSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rules for one Application source (spec.source or an entry of spec.sources). */
final class SourceRules {
  private SourceRules() {}

  static void check(ApplicationSource source, String path, ProblemList problems) {
    if (isBlank(source.repoURL)) {
      problems.add(path + ".repoURL", "is required: the Git or Helm repository URL");
    }
    if (source.helm != null && isBlank(source.chart) && isBlank(source.path)) {
      problems.add(
          path,
          "a Helm source needs either chart (a chart from a Helm repository) or path (a chart"
              + " directory in Git)");
    }
    if (!isBlank(source.chart) && !isBlank(source.path)) {
      problems.add(
          path, "chart and path are both set; set one: chart for a Helm repository, path for Git");
    }
    if (source.path != null && (source.path.startsWith("/") || hasParentSegment(source.path))) {
      problems.add(
          path + ".path",
          "'" + source.path + "' must be relative to the repository root, without '..'");
    }
  }

  /**
   * Checks refs of a multi-source application: unique names, and {@code $ref} value files that
   * resolve.
   */
  static void checkRefs(List<ApplicationSource> sources, ProblemList problems) {
    Set<String> refs = new HashSet<>();
    for (int i = 0; i < sources.size(); i++) {
      String ref = sources.get(i).ref;
      if (ref != null && !refs.add(ref)) {
        problems.add(
            "spec.sources[" + i + "].ref", "'" + ref + "' is used by more than one source");
      }
    }
    for (int i = 0; i < sources.size(); i++) {
      ApplicationSource source = sources.get(i);
      if (source.helm == null || source.helm.valueFiles == null) {
        continue;
      }
      for (int j = 0; j < source.helm.valueFiles.size(); j++) {
        String file = source.helm.valueFiles.get(j);
        if (file != null && file.startsWith("$")) {
          String name = file.substring(1).split("/", 2)[0];
          if (!refs.contains(name)) {
            problems.add(
                "spec.sources[" + i + "].helm.valueFiles[" + j + "]",
                "'" + file + "' refers to $" + name + " but no source has ref: " + name);
          }
        }
      }
    }
  }

  private static boolean hasParentSegment(String path) {
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
