package io.mooring.model.validation;

import static io.mooring.model.validation.SourceRules.isBlank;

import io.mooring.model.Application;
import io.mooring.model.ApplicationDestination;
import io.mooring.model.ApplicationSpec;
import io.mooring.model.Backoff;
import io.mooring.model.ResourceIgnoreDifferences;
import io.mooring.model.SyncPolicy;
import java.util.List;

/** Validation rules for an Application. */
final class ApplicationRules {
  private ApplicationRules() {}

  static void check(Application app, ProblemList problems) {
    MetadataRules.check(app.metadata, problems);
    ApplicationSpec spec = app.spec;
    if (spec == null) {
      problems.add("spec", "is required: an Application needs a source and a destination");
      return;
    }
    checkSources(spec, problems);
    checkDestination(spec.destination, problems);
    checkSyncPolicy(spec.syncPolicy, problems);
    checkIgnoreDifferences(spec.ignoreDifferences, problems);
    if (spec.revisionHistoryLimit != null && spec.revisionHistoryLimit < 0) {
      problems.add(
          "spec.revisionHistoryLimit",
          "must be 0 or more (got " + spec.revisionHistoryLimit + "); the default is 10");
    }
    if (spec.project != null && spec.project.isBlank()) {
      problems.add("spec.project", "is empty: name an AppProject, or omit it to use 'default'");
    }
  }

  private static void checkSources(ApplicationSpec spec, ProblemList problems) {
    boolean hasSources = spec.sources != null && !spec.sources.isEmpty();
    if (spec.source != null && hasSources) {
      problems.add(
          "spec",
          "source and sources are both set; use source for one source, sources for several");
      return;
    }
    if (spec.source == null && !hasSources) {
      problems.add("spec.source", "is required: set source (or sources) with at least a repoURL");
      return;
    }
    if (spec.source != null) {
      SourceRules.check(spec.source, "spec.source", problems);
      return;
    }
    for (int i = 0; i < spec.sources.size(); i++) {
      if (spec.sources.get(i) == null) {
        problems.add("spec.sources[" + i + "]", "is empty");
        continue;
      }
      SourceRules.check(spec.sources.get(i), "spec.sources[" + i + "]", problems);
    }
    SourceRules.checkRefs(spec.sources, problems);
  }

  private static void checkDestination(ApplicationDestination destination, ProblemList problems) {
    if (destination == null) {
      problems.add(
          "spec.destination",
          "is required: set server (a cluster URL such as https://kubernetes.default.svc) or name,"
              + " and namespace");
      return;
    }
    boolean hasServer = !isBlank(destination.server);
    boolean hasName = !isBlank(destination.name);
    if (hasServer && hasName) {
      problems.add("spec.destination", "server and name are both set; set exactly one of them");
    } else if (!hasServer && !hasName) {
      problems.add(
          "spec.destination",
          "needs server (a cluster URL such as https://kubernetes.default.svc) or name (a registered"
              + " cluster)");
    }
    if (!isBlank(destination.namespace)) {
      String error = KubernetesNames.labelError(destination.namespace);
      if (error != null) {
        problems.add("spec.destination.namespace", error);
      }
    }
  }

  private static void checkSyncPolicy(SyncPolicy policy, ProblemList problems) {
    if (policy == null) {
      return;
    }
    if (policy.syncOptions != null) {
      for (int i = 0; i < policy.syncOptions.size(); i++) {
        String error = SyncOptionCatalog.errorFor(String.valueOf(policy.syncOptions.get(i)));
        if (error != null) {
          problems.add("spec.syncPolicy.syncOptions[" + i + "]", error);
        }
      }
    }
    if (policy.retry != null && policy.retry.backoff != null) {
      Backoff backoff = policy.retry.backoff;
      checkBackoffDuration(backoff.duration, "spec.syncPolicy.retry.backoff.duration", problems);
      checkBackoffDuration(
          backoff.maxDuration, "spec.syncPolicy.retry.backoff.maxDuration", problems);
      if (backoff.factor != null && backoff.factor < 1) {
        problems.add(
            "spec.syncPolicy.retry.backoff.factor",
            "must be 1 or more (got " + backoff.factor + ")");
      }
    }
  }

  private static void checkBackoffDuration(String value, String path, ProblemList problems) {
    if (value != null && !GoDurations.isGoDurationOrSeconds(value)) {
      problems.add(
          path,
          "'" + value + "' is not a duration: use a number with a unit such as 5s, 3m or 1h30m");
    }
  }

  private static void checkIgnoreDifferences(
      List<ResourceIgnoreDifferences> rules, ProblemList problems) {
    if (rules == null) {
      return;
    }
    for (int i = 0; i < rules.size(); i++) {
      ResourceIgnoreDifferences rule = rules.get(i);
      String path = "spec.ignoreDifferences[" + i + "]";
      if (rule == null || isBlank(rule.kind)) {
        problems.add(path + ".kind", "is required (use '*' to match every kind)");
        continue;
      }
      if (rule.jsonPointers != null) {
        for (int j = 0; j < rule.jsonPointers.size(); j++) {
          String pointer = rule.jsonPointers.get(j);
          if (pointer == null || !pointer.startsWith("/")) {
            problems.add(
                path + ".jsonPointers[" + j + "]",
                "'"
                    + pointer
                    + "' is not a JSON pointer: it must start with '/', as /spec/replicas");
          }
        }
      }
    }
  }
}
