package io.mooring.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.cli.client.RepositoriesApi;
import io.mooring.model.ModelCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mooring repo add URL}: registers a repository; without {@code --project} the server first
 * reaches it with the given credentials and refuses it, saying why, when that fails.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Registers a Git (https or ssh) or Helm repository, with its credentials.",
      "The server tries the repository first (unless --project scopes it) and refuses it, saying"
          + " why, when it cannot be read. Credentials are never printed."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring repo add https://github.com/argoproj/argocd-example-apps.git",
      "  mooring repo add https://git.example.com/shop.git --username ci --password \"$PASS\"",
      "  mooring repo add https://github.com/acme/private.git --token \"$GITHUB_TOKEN\"",
      "  mooring repo add git@github.com:acme/private.git --ssh-private-key-path ~/.ssh/id_ed25519",
      "  mooring repo add https://charts.example.com --type helm --name example"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:added (or unchanged)",
      "1:refused: unreachable, wrong credentials, or a different one exists (use --upsert)",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class RepoAddCommand implements Callable<Integer> {
  /** What the repository holds. */
  enum Type {
    git,
    helm
  }

  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(
      paramLabel = "URL",
      description = "The repository's URL (https://, ssh:// or git@host:path).")
  String url;

  @Option(names = "--type", paramLabel = "TYPE", description = "git (default) or helm.")
  Type type = Type.git;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "A name (needed for Helm repositories).")
  String name;

  @Option(
      names = "--project",
      paramLabel = "PROJECT",
      description = "Scope the repository to this project (it is then not tried first).")
  String project;

  @ArgGroup(exclusive = true)
  Credentials credentials = new Credentials();

  @Option(
      names = "--insecure-skip-server-verification",
      description = "Accept any TLS certificate (https) or host key (ssh).")
  boolean insecure;

  @Option(names = "--enable-lfs", description = "Fetch Git LFS objects.")
  boolean enableLfs;

  @Option(
      names = "--upsert",
      description = "Replace an existing repository of that URL that differs.")
  boolean upsert;

  /** One way to authenticate. */
  static final class Credentials {
    @ArgGroup(exclusive = false)
    Basic basic;

    @Option(
        names = "--token",
        paramLabel = "TOKEN",
        description = "An access token, sent as the HTTPS password (username 'git').")
    String token;

    @Option(
        names = "--ssh-private-key-path",
        paramLabel = "FILE",
        description = "The private key for ssh URLs.")
    Path sshKey;
  }

  /** Username and password together. */
  static final class Basic {
    @Option(
        names = "--username",
        required = true,
        paramLabel = "USER",
        description = "HTTPS username.")
    String username;

    @Option(
        names = "--password",
        paramLabel = "PASSWORD",
        description = "HTTPS password (with --username); asked for on the terminal when left out.")
    String password;
  }

  @Override
  public Integer call() throws IOException {
    ObjectNode body = ModelCodec.jsonMapper().createObjectNode();
    body.put("repo", url);
    body.put("type", type.name());
    putIfGiven(body, "name", name);
    putIfGiven(body, "project", project);
    if (credentials.basic != null) {
      body.put("username", credentials.basic.username);
      body.put(
          "password",
          PasswordPrompt.orPrompt(credentials.basic.password, "Password", "--password", spec));
    } else if (credentials.token != null) {
      body.put("username", "git");
      body.put("password", credentials.token);
    } else if (credentials.sshKey != null) {
      body.put("sshPrivateKey", readKey(credentials.sshKey));
    }
    if (insecure) {
      body.put("insecure", true);
    }
    if (enableLfs) {
      body.put("enableLfs", true);
    }
    new RepositoriesApi(connection.client()).add(body, upsert);
    spec.commandLine().getOut().println("repository '" + url + "' added");
    return ExitCodes.OK;
  }

  private static String readKey(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FlagException(
          "--ssh-private-key-path " + file + ": cannot read the key (" + e.getMessage() + ")");
    }
  }

  private static void putIfGiven(ObjectNode body, String field, String value) {
    if (value != null && !value.isBlank()) {
      body.put(field, value);
    }
  }
}
