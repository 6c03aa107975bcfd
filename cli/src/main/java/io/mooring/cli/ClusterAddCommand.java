package io.mooring.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.cli.client.ClustersApi;
import io.mooring.cli.client.KubeconfigCluster;
import io.mooring.model.ModelCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mooring cluster add CONTEXT}: registers the cluster a kubeconfig context points at, with
 * that context's credentials; the server reaches the cluster before it stores it.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Registers the cluster of kubeconfig context CONTEXT: its server, bearer token or client"
          + " certificate and key, CA and insecure flag are sent to the server, which asks the"
          + " cluster for its version before storing it. Credentials are never printed.",
      "Contexts whose user runs an exec or auth-provider plugin cannot be added."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring cluster add prod --name production",
      "  mooring cluster add kind-dev --kubeconfig ~/.kube/kind --namespace web --namespace db"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:added",
      "1:the kubeconfig cannot be used, the cluster cannot be reached, or a different one exists",
      "2:usage error",
      "3:not logged in or token refused"
    })
public final class ClusterAddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConnectionOptions connection;

  @Parameters(paramLabel = "CONTEXT", description = "The kubeconfig context.")
  String context;

  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description = "The kubeconfig (default: the first file of $KUBECONFIG, else ~/.kube/config).")
  Path kubeconfig;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The cluster's name (default: CONTEXT).")
  String name;

  @Option(
      names = "--namespace",
      paramLabel = "NAMESPACE",
      description = "Only manage these namespaces (repeatable; default: all).")
  List<String> namespaces = new ArrayList<>();

  @Option(
      names = "--project",
      paramLabel = "PROJECT",
      description = "Scope the cluster to a project.")
  String project;

  @Option(
      names = "--upsert",
      description = "Replace an existing cluster of that server that differs.")
  boolean upsert;

  @Override
  public Integer call() throws IOException {
    Path file = kubeconfig != null ? kubeconfig : defaultKubeconfig();
    KubeconfigCluster cluster;
    try {
      cluster =
          KubeconfigCluster.read(
              file.toString(), read(file), context, path -> base64Of(file, path));
    } catch (IllegalArgumentException e) {
      throw new FlagException(e.getMessage());
    }
    ObjectNode body = ModelCodec.jsonMapper().createObjectNode();
    body.put("server", cluster.server());
    body.put("name", name != null ? name : context);
    body.set("config", cluster.config());
    if (!namespaces.isEmpty()) {
      namespaces.forEach(body.putArray("namespaces")::add);
    }
    if (project != null && !project.isBlank()) {
      body.put("project", project);
    }
    new ClustersApi(connection.client()).add(body, upsert);
    spec.commandLine()
        .getOut()
        .println(
            "cluster '" + cluster.server() + "' added as '" + body.path("name").asText() + "'");
    return ExitCodes.OK;
  }

  private static Path defaultKubeconfig() {
    String env = System.getenv("KUBECONFIG");
    if (env != null && !env.isBlank()) {
      return Path.of(env.split(java.io.File.pathSeparator)[0]);
    }
    return Path.of(System.getProperty("user.home"), ".kube", "config");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FlagException("--kubeconfig " + file + ": cannot read it (" + e.getMessage() + ")");
    }
  }

  /** A file the kubeconfig names (relative to the kubeconfig's directory), base64-encoded. */
  private static String base64Of(Path kubeconfigFile, String reference) {
    Path base = kubeconfigFile.toAbsolutePath().getParent();
    Path referenced = base == null ? Path.of(reference) : base.resolve(reference);
    try {
      return Base64.getEncoder().encodeToString(Files.readAllBytes(referenced));
    } catch (IOException e) {
      throw new FlagException(
          kubeconfigFile + ": cannot read " + referenced + " (" + e.getMessage() + ")");
    }
  }
}
