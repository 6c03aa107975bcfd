package io.mooring.cli;

import picocli.CommandLine.Command;

/**
 * {@code mooring admin}: offline tools that need no server. Subcommands are added in {@link Main}.
 */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = "Offline tools: validate, diff, health, render, embedded-cluster.",
    synopsisSubcommandLabel = "COMMAND")
public final class AdminCommand {}
