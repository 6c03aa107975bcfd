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
    admin.addSubcommand("initial-password", new AdminInitialPasswordCommand());
    CommandLine root = new CommandLine(new MooringCommand());
    root.addSubcommand("admin", admin);
    root.addSubcommand("controller", new ControllerCommand());
    root.addSubcommand("server", new ServerCommand());
    root.addSubcommand("login", new LoginCommand());
    root.addSubcommand("logout", new LogoutCommand());
    root.addSubcommand("context", new ContextCommand());
    root.addSubcommand("version", new VersionCommand());
    root.addSubcommand(
        "account",
        new CommandLine(new AccountCommand())
            .addSubcommand("get-user-info", new AccountGetUserInfoCommand())
            .addSubcommand("can-i", new AccountCanICommand())
            .addSubcommand("update-password", new AccountUpdatePasswordCommand()));
    root.addSubcommand(
        "app",
        new CommandLine(new AppCommand())
            .addSubcommand("list", new AppListCommand())
            .addSubcommand("get", new AppGetCommand()));
    root.addSubcommand("completion", new CompletionCommand());
    root.setExecutionExceptionHandler(new ErrorExitHandler());
    root.setCaseInsensitiveEnumValuesAllowed(true);
    return root;
  }
}
