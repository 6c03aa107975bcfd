package io.mooring.cli;

import io.mooring.cli.client.ResourceKindList;
import picocli.CommandLine.Command;

/** {@code mooring proj allow-cluster-resource PROJECT GROUP KIND}. */
@Command(
    name = "allow-cluster-resource",
    mixinStandardHelpOptions = true,
    description =
        "Allows a cluster-scoped kind: adds it to clusterResourceWhitelist (--list deny: removes it from clusterResourceBlacklist).",
    footerHeading = "%nExamples:%n",
    footer = "  mooring proj allow-cluster-resource shop rbac.authorization.k8s.io ClusterRole",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:updated or unchanged",
      "1:no such project, or the server refused the change (its message says why)",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ProjAllowClusterResourceCommand extends ProjResourceKindCommand {
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
    return true;
  }
}
