package io.mooring.cli;

import picocli.CommandLine.Command;

/** The top of the command tree: {@code mooring}. */
@Command(
    name = "mooring",
    mixinStandardHelpOptions = true,
    versionProvider = MooringVersion.class,
    description = "GitOps continuous delivery for Kubernetes that speaks Argo CD's language.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (and, for checks, everything valid / in sync)",
      "1:failure, or something invalid / out of sync where that is meaningful",
      "2:usage error (unknown option, missing argument)",
      "3:not logged in, or the server refused the saved token: run `mooring login SERVER`"
    })
public final class MooringCommand {}
