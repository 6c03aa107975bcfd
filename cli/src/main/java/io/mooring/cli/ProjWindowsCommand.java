package io.mooring.cli;

import picocli.CommandLine.Command;

/** {@code mooring proj windows}: a project's sync windows. */
@Command(
    name = "windows",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description = "Adds, lists and deletes a project's sync windows.")
public final class ProjWindowsCommand {}
