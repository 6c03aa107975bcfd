package io.mooring.cli;

import picocli.CommandLine.Command;

/** {@code mooring repo}: the Git and Helm repositories the server may read. */
@Command(
    name = "repo",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description =
        "Adds, lists, shows and removes repositories (credentials are stored as Argo CD"
            + " repository Secrets and never printed).")
public final class RepoCommand {}
