package io.mooring.cli;

import io.mooring.cli.client.ResourceKindList;
import picocli.CommandLine.Command;

/** {@code mooring proj deny-cluster-resource PROJECT GROUP KIND}. */
@Command(
    name = "deny-cluster-resource",
    mixinStandardHelpOptions = true,
    description =
        "Denies a cluster-scoped kind: removes it from clusterResourceWhitelist (--list deny: adds it to clusterResourceBlacklist).",
    footerHeading = "%nExamples:%n",
    footer = "  mooring proj deny-cluster-resource shop '' Namespace",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:updated or unchanged",
      "1:no such project, or the server refused the change (its message says why)",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ProjDenyClusterResourceCommand extends ProjResourceKindCommand {
  @Override
  ResourceKindList allowList() {
    return ResourceKindList.CLUSTER_ALLOW;
  }

  @Override
  ResourceKindList denyList() {
    return ResourceKindList.CLUSTER_DENY;
  }

  @Override
  Which defaultList() {
    return Which.allow;
  }

  @Override
  boolean lettingIn() {
    return false;
  }
}
