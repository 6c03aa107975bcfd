package io.mooring.cli;

import picocli.CommandLine;

/**
 * Entry point of the {@code mooring} command. The whole command tree is wired here and nowhere
 * else.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** Builds the full command tree. Every subcommand is registered explicitly below. */
  public static CommandLine commandLine() {
    CommandLine admin = new CommandLine(new AdminCommand());
    admin.addSubcommand("validate", new ValidateCommand());
    admin.addSubcommand(
        "health",
        new CommandLine(new HealthCommand()).addSubcommand("test", new HealthTestCommand()));
    admin.addSubcommand("diff", new DiffCommand());
    admin.addSubcommand("render", new RenderCommand());
    admin.addSubcommand("embedded-cluster", new EmbeddedClusterCommand());
    CommandLine root = new CommandLine(new MooringCommand());
    root.addSubcommand("admin", admin);
    root.addSubcommand("controller", new ControllerCommand());
    root.setExecutionExceptionHandler(new ErrorExitHandler());
    root.setCaseInsensitiveEnumValuesAllowed(true);
    return root;
  }
}
