package io.mooring.cli;

import io.mooring.model.ApplicationSpec;
import io.mooring.model.SyncPolicy;
import io.mooring.model.SyncPolicyAutomated;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Automated or manual sync, its switches, and sync options. */
final class SyncPolicyFlags {
  @Option(
      names = "--sync-policy",
      paramLabel = "POLICY",
      description = "automated (also: automatic, auto) or none (also: manual).")
  String policy;

  @Option(
      names = "--auto-prune",
      arity = "0..1",
      fallbackValue = "true",
      paramLabel = "BOOL",
      description = "Automated syncs delete what Git no longer has.")
  Boolean autoPrune;

  @Option(
      names = "--self-heal",
      arity = "0..1",
      fallbackValue = "true",
      paramLabel = "BOOL",
      description = "Automated syncs also undo changes made in the cluster.")
  Boolean selfHeal;

  @Option(
      names = "--allow-empty",
      arity = "0..1",
      fallbackValue = "true",
      paramLabel = "BOOL",
      description = "Automated syncs may remove every resource of the app.")
  Boolean allowEmpty;

  @Option(
      names = "--sync-option",
      paramLabel = "KEY=VALUE",
      description =
          "A sync option such as CreateNamespace=true (repeatable; replaces one with the same key).")
  List<String> syncOptions = new ArrayList<>();

  void applyTo(ApplicationSpec spec) {
    if (policy == null
        && autoPrune == null
        && selfHeal == null
        && allowEmpty == null
        && syncOptions.isEmpty()) {
      return;
    }
    if (spec.syncPolicy == null) {
      spec.syncPolicy = new SyncPolicy();
    }
    SyncPolicy sync = spec.syncPolicy;
    if (policy != null) {
      switch (policy.toLowerCase()) {
        case "automated", "automatic", "auto" -> {
          if (sync.automated == null) {
            sync.automated = new SyncPolicyAutomated();
          }
        }
        case "none", "manual" -> sync.automated = null;
        default ->
            throw new FlagException("--sync-policy '" + policy + "': expected automated or none");
      }
    }
    if (autoPrune != null || selfHeal != null || allowEmpty != null) {
      if (sync.automated == null) {
        throw new FlagException(
            "--auto-prune, --self-heal and --allow-empty need automated sync:"
                + " add --sync-policy automated");
      }
      if (autoPrune != null) {
        sync.automated.prune = autoPrune;
      }
      if (selfHeal != null) {
        sync.automated.selfHeal = selfHeal;
      }
      if (allowEmpty != null) {
        sync.automated.allowEmpty = allowEmpty;
      }
    }
    for (String option : syncOptions) {
      String key = KeyValues.parse("--sync-option", option).getKey();
      List<String> kept = new ArrayList<>();
      if (sync.syncOptions != null) {
        sync.syncOptions.stream().filter(o -> !o.startsWith(key + "=")).forEach(kept::add);
      }
      kept.add(option.trim());
      sync.syncOptions = kept;
    }
  }
}
