package io.mooring.cli;

import io.mooring.cli.client.ResourceKindList;
import picocli.CommandLine.Command;

/** {@code mooring proj deny-namespace-resource PROJECT GROUP KIND}. */
@Command(
    name = "deny-namespace-resource",
    mixinStandardHelpOptions = true,
    description =
        "Denies a namespaced kind: adds it to namespaceResourceBlacklist (--list allow: removes it from namespaceResourceWhitelist).",
    footerHeading = "%nExamples:%n",
    footer = "  mooring proj deny-namespace-resource shop '' ResourceQuota",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:updated or unchanged",
      "1:no such project, or the server refused the change (its message says why)",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ProjDenyNamespaceResourceCommand extends ProjResourceKindCommand {
  @Override
  ResourceKindList allowList() {
    return ResourceKindList.NAMESPACE_ALLOW;
  }

  @Override
  ResourceKindList denyList() {
    return ResourceKindList.NAMESPACE_DENY;
  }

  @Override
  Which defaultList() {
    return Which.deny;
  }

  @Override
  boolean lettingIn() {
    return false;
  }
}
