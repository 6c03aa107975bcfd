package io.mooring.cli;

import static io.mooring.cli.CommandNode.group;
import static io.mooring.cli.CommandNode.leaf;

import java.util.List;
import picocli.CommandLine;

/**
 * Entry point of the {@code mooring} command. The whole command tree is wired here and nowhere
 * else; a run builds only the part of it its words name (see {@link CommandNode}).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
  public static int run(String... args) {
    return commandLine(List.of(args)).execute(args);
  }

  /** The full command tree. */
  public static CommandLine commandLine() {
    return commandLine(List.of());
  }

  /** The command tree as far as {@code words} need it (all of it for an empty list). */
  static CommandLine commandLine(List<String> words) {
    CommandLine root = tree().build(words);
    root.setExecutionExceptionHandler(new ErrorExitHandler());
    root.setCaseInsensitiveEnumValuesAllowed(true);
    return root;
  }

  /**
   * Every command, registered explicitly here. Lambdas rather than constructor references: a {@code
   * X::new} loads class X when the tree is described, a lambda only when it runs.
   */
  private static CommandNode tree() {
    return group(
        "",
        () -> new MooringCommand(),
        group(
            "admin",
            () -> new AdminCommand(),
            leaf("validate", () -> new ValidateCommand()),
            group("health", () -> new HealthCommand(), leaf("test", () -> new HealthTestCommand())),
            leaf("diff", () -> new DiffCommand()),
            leaf("render", () -> new RenderCommand()),
            leaf("embedded-cluster", () -> new EmbeddedClusterCommand()),
            leaf("initial-password", () -> new AdminInitialPasswordCommand())),
        leaf("controller", () -> new ControllerCommand()),
        leaf("server", () -> new ServerCommand()),
        leaf("demo", () -> new DemoCommand()),
        leaf("login", () -> new LoginCommand()),
        leaf("logout", () -> new LogoutCommand()),
        leaf("context", () -> new ContextCommand()),
        leaf("version", () -> new VersionCommand()),
        group(
            "account",
            () -> new AccountCommand(),
            leaf("get-user-info", () -> new AccountGetUserInfoCommand()),
            leaf("can-i", () -> new AccountCanICommand()),
            leaf("update-password", () -> new AccountUpdatePasswordCommand()),
            leaf("generate-token", () -> new AccountGenerateTokenCommand())),
        group(
            "app",
            () -> new AppCommand(),
            leaf("list", () -> new AppListCommand()),
            leaf("get", () -> new AppGetCommand()),
            leaf("diff", () -> new AppDiffCommand()),
            leaf("create", () -> new AppCreateCommand()),
            leaf("set", () -> new AppSetCommand()),
            leaf("unset", () -> new AppUnsetCommand()),
            leaf("sync", () -> new AppSyncCommand()),
            leaf("wait", () -> new AppWaitCommand()),
            leaf("history", () -> new AppHistoryCommand()),
            leaf("rollback", () -> new AppRollbackCommand()),
            leaf("manifests", () -> new AppManifestsCommand()),
            leaf("resources", () -> new AppResourcesCommand()),
            leaf("terminate-op", () -> new AppTerminateOpCommand()),
            leaf("delete", () -> new AppDeleteCommand())),
        group(
            "proj",
            () -> new ProjCommand(),
            leaf("list", () -> new ProjListCommand()),
            leaf("get", () -> new ProjGetCommand()),
            leaf("create", () -> new ProjCreateCommand()),
            leaf("delete", () -> new ProjDeleteCommand()),
            leaf("add-source", () -> new ProjAddSourceCommand()),
            leaf("remove-source", () -> new ProjRemoveSourceCommand()),
            leaf("add-destination", () -> new ProjAddDestinationCommand()),
            leaf("remove-destination", () -> new ProjRemoveDestinationCommand()),
            leaf("allow-cluster-resource", () -> new ProjAllowClusterResourceCommand()),
            leaf("deny-cluster-resource", () -> new ProjDenyClusterResourceCommand()),
            leaf("allow-namespace-resource", () -> new ProjAllowNamespaceResourceCommand()),
            leaf("deny-namespace-resource", () -> new ProjDenyNamespaceResourceCommand()),
            group(
                "windows",
                () -> new ProjWindowsCommand(),
                leaf("add", () -> new ProjWindowsAddCommand()),
                leaf("list", () -> new ProjWindowsListCommand()),
                leaf("delete", () -> new ProjWindowsDeleteCommand())),
            group(
                "role",
                () -> new ProjRoleCommand(),
                leaf("create", () -> new ProjRoleCreateCommand()),
                leaf("add-policy", () -> new ProjRoleAddPolicyCommand()),
                leaf("create-token", () -> new ProjRoleCreateTokenCommand()))),
        group(
            "repo",
            () -> new RepoCommand(),
            leaf("add", () -> new RepoAddCommand()),
            leaf("list", () -> new RepoListCommand()),
            leaf("get", () -> new RepoGetCommand()),
            leaf("rm", () -> new RepoRmCommand())),
        group(
            "cluster",
            () -> new ClusterCommand(),
            leaf("add", () -> new ClusterAddCommand()),
            leaf("list", () -> new ClusterListCommand()),
            leaf("get", () -> new ClusterGetCommand()),
            leaf("rm", () -> new ClusterRmCommand())),
        leaf("completion", () -> new CompletionCommand()));
  }
}
