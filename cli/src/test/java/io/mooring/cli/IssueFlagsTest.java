package io.mooring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every verb and flag the CLI issue (8) asks for exists in the command tree, read from picocli's
 * model: a renamed or dropped flag fails here before a user's script does.
 */
class IssueFlagsTest {
  private static final Map<String, List<String>> FLAGS = new LinkedHashMap<>();

  static {
    FLAGS.put("login", List.of("--username", "--password", "--token", "--plaintext", "--insecure"));
    FLAGS.put("logout", List.of());
    FLAGS.put("context", List.of());
    FLAGS.put("version", List.of("--client"));
    FLAGS.put("account get-user-info", List.of());
    FLAGS.put("account update-password", List.of());
    FLAGS.put("account can-i", List.of());
    FLAGS.put("account generate-token", List.of("--expires-in"));
    FLAGS.put(
        "app create",
        List.of(
            "-f",
            "--repo",
            "--path",
            "--revision",
            "--dest-server",
            "--dest-name",
            "--dest-namespace",
            "--project",
            "--sync-policy",
            "--auto-prune",
            "--self-heal",
            "--sync-option",
            "--helm-set",
            "--values",
            "--kustomize-image",
            "--name-prefix",
            "--upsert"));
    FLAGS.put("app get", List.of("-o", "--refresh", "--hard-refresh", "--show-operation"));
    FLAGS.put("app list", List.of("-o", "--project", "--selector", "--repo"));
    FLAGS.put("app diff", List.of("--local", "--revision"));
    FLAGS.put(
        "app sync",
        List.of(
            "--prune",
            "--dry-run",
            "--resource",
            "--revision",
            "--force",
            "--apply-out-of-sync-only",
            "--timeout",
            "-o"));
    FLAGS.put("app wait", List.of("--sync", "--health", "--operation", "--timeout"));
    FLAGS.put("app history", List.of());
    FLAGS.put("app rollback", List.of());
    FLAGS.put("app manifests", List.of("--source", "--revision"));
    FLAGS.put("app resources", List.of());
    FLAGS.put("app set", List.of("--helm-set", "--values", "--kustomize-image", "--sync-policy"));
    FLAGS.put("app unset", List.of());
    FLAGS.put("app delete", List.of("--cascade"));
    FLAGS.put("app terminate-op", List.of());
    FLAGS.put("proj create", List.of("--src", "--dest", "--description", "--upsert", "-f"));
    FLAGS.put("proj get", List.of("-o"));
    FLAGS.put("proj list", List.of("-o"));
    FLAGS.put("proj delete", List.of());
    FLAGS.put("proj add-source", List.of());
    FLAGS.put("proj remove-source", List.of());
    FLAGS.put("proj add-destination", List.of("--name"));
    FLAGS.put("proj remove-destination", List.of("--name"));
    FLAGS.put("proj allow-cluster-resource", List.of("--list"));
    FLAGS.put("proj deny-cluster-resource", List.of("--list"));
    FLAGS.put("proj allow-namespace-resource", List.of("--list"));
    FLAGS.put("proj deny-namespace-resource", List.of("--list"));
    FLAGS.put(
        "proj windows add",
        List.of(
            "--kind",
            "--schedule",
            "--duration",
            "--applications",
            "--namespaces",
            "--clusters",
            "--manual-sync"));
    FLAGS.put("proj windows list", List.of());
    FLAGS.put("proj windows delete", List.of());
    FLAGS.put("proj role create", List.of("--description"));
    FLAGS.put("proj role add-policy", List.of("--action", "--object", "--permission"));
    FLAGS.put("proj role create-token", List.of("--expires-in", "--id"));
    FLAGS.put(
        "repo add",
        List.of(
            "--username", "--password", "--token", "--ssh-private-key-path", "--type", "--name"));
    FLAGS.put("repo list", List.of("-o"));
    FLAGS.put("repo get", List.of("-o"));
    FLAGS.put("repo rm", List.of());
    FLAGS.put("cluster add", List.of("--kubeconfig", "--name"));
    FLAGS.put("cluster list", List.of("-o"));
    FLAGS.put("cluster get", List.of("-o"));
    FLAGS.put("cluster rm", List.of());
    FLAGS.put("admin validate", List.of());
    FLAGS.put("admin render", List.of());
    FLAGS.put("admin diff", List.of());
    FLAGS.put("admin health", List.of());
    FLAGS.put("admin embedded-cluster", List.of());
    FLAGS.put("admin initial-password", List.of());
    FLAGS.put("completion", List.of());
  }

  @Test
  void everyVerbOfTheIssueHasItsFlags() {
    CommandLine root = Main.commandLine();
    List<String> missing = new ArrayList<>();
    FLAGS.forEach(
        (verb, flags) -> {
          CommandLine command = root;
          for (String word : verb.split(" ")) {
            command = command == null ? null : command.getSubcommands().get(word);
          }
          if (command == null) {
            missing.add(verb + " (no such command)");
            return;
          }
          for (String flag : flags) {
            if (command.getCommandSpec().findOption(flag) == null) {
              missing.add(verb + " " + flag);
            }
          }
        });

    assertThat(missing).isEmpty();
  }

  @Test
  void completionCoversBashAndZsh() {
    CliRun bash = CliRun.of("completion", "bash");
    CliRun zsh = CliRun.of("completion", "zsh");

    assertThat(bash.exitCode()).isZero();
    assertThat(bash.out()).contains("complete -F").contains("proj").contains("cluster");
    assertThat(zsh.exitCode()).isZero();
    assertThat(zsh.out()).startsWith("autoload -U +X compinit").contains("bashcompinit");
  }
}
