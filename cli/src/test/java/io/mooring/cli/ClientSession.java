package io.mooring.cli;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs client commands against a {@link LoginTarget} with a contexts file of the test's own; output
 * has the server's random address replaced by {@code SERVER}.
 */
record ClientSession(LoginTarget server, Path configFile) {

  /** Runs {@code args} followed by {@code --config FILE}. */
  CliRun run(String... args) {
    String[] withConfig = Arrays.copyOf(args, args.length + 2);
    withConfig[args.length] = "--config";
    withConfig[args.length + 1] = configFile.toString();
    CliRun run = CliRun.of(withConfig);
    return new CliRun(run.exitCode(), normalise(run.out()), normalise(run.err()));
  }

  /** Logs in as admin and makes this server the current context. */
  ClientSession loggedInAsAdmin() {
    CliRun login =
        run(
            "login",
            server.address(),
            "--plaintext",
            "--username",
            "admin",
            "--password",
            server.adminPassword());
    if (login.exitCode() != 0) {
      throw new AssertionError("login failed: " + login.err());
    }
    return this;
  }

  private String normalise(String text) {
    return text.replace(server.address(), "SERVER");
  }
}
