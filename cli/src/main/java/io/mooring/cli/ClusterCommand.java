package io.mooring.cli;

import picocli.CommandLine.Command;

/** {@code mooring cluster}: the clusters the server deploys to. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description =
        "Adds (from a kubeconfig context), lists, shows and removes destination clusters"
            + " (stored as Argo CD cluster Secrets; credentials are never printed).")
public final class ClusterCommand {}
