package io.mooring.cli;

import picocli.CommandLine.Command;

/** {@code mooring account}: the logged-in account (user info, permissions, password). */
@Command(
    name = "account",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description = "Shows and manages the account of the current context, and API tokens.")
public final class AccountCommand {}
