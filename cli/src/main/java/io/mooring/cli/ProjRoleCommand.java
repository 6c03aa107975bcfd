package io.mooring.cli;

import picocli.CommandLine.Command;

/** {@code mooring proj role}: a project's roles, their policies and tokens. */
@Command(
    name = "role",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description = "Creates project roles, adds their policies and issues their tokens.")
public final class ProjRoleCommand {}
