package io.mooring.cli;

import io.mooring.cli.client.ResourceKindList;
import io.mooring.model.AppProjectSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The four allow/deny-resource verbs, as argocd has them: allowing a kind adds it to the allow list
 * or takes it off the deny list, denying does the opposite; {@code --list} says which list (cluster
 * verbs default to the allow list, namespace verbs to the deny list).
 */
abstract class ProjResourceKindCommand extends ProjectEditCommand {
  /** Which of the scope's two lists to change. */
  enum Which {
    allow,
    deny
  }

  @Parameters(index = "1", paramLabel = "GROUP", description = "API group ('' for the core group).")
  String group;

  @Parameters(index = "2", paramLabel = "KIND", description = "Kind (* for all).")
  String kind;

  @Option(
      names = {"-l", "--list"},
      paramLabel = "LIST",
      description =
          "The list to change: allow or deny (default: allow for the cluster verbs, deny for the namespace verbs).")
  Which list;

  /** The scope's allow list. */
  abstract ResourceKindList allowList();

  /** The scope's deny list. */
  abstract ResourceKindList denyList();

  /** The list changed when --list is not given. */
  abstract Which defaultList();

  /** Whether this verb lets the kind in (allow-…) or keeps it out (deny-…). */
  abstract boolean lettingIn();

  @Override
  void change(AppProjectSpec projectSpec) {
    Which which = list == null ? defaultList() : list;
    String core = group.equals("core") ? "" : group;
    if (which == Which.allow) {
      if (lettingIn()) {
        allowList().add(projectSpec, core, kind);
      } else {
        allowList().remove(projectSpec, core, kind);
      }
    } else if (lettingIn()) {
      denyList().remove(projectSpec, core, kind);
    } else {
      denyList().add(projectSpec, core, kind);
    }
  }
}
