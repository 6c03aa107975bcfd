package io.mooring.cli;

import picocli.CommandLine.Command;

/** {@code mooring proj}: AppProjects on the server of the current context. */
@Command(
    name = "proj",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description =
        "Creates, inspects, changes and deletes AppProjects: their sources, destinations, allowed"
            + " and denied resource kinds, sync windows and roles.")
public final class ProjCommand {}
