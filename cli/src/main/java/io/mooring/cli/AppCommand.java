package io.mooring.cli;

import picocli.CommandLine.Command;

/** {@code mooring app}: Applications on the server of the current context. */
@Command(
    name = "app",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description = "Creates, inspects, changes, syncs, rolls back and deletes Applications.")
public final class AppCommand {}
