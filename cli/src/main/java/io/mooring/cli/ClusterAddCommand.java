package io.mooring.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.cli.client.ClustersApi;
import io.mooring.cli.client.KubeconfigCluster;
import io.mooring.kube.cluster.ManagerAccount;
import io.mooring.kube.cluster.ManagerAccountRequest;
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
      "When the context's user runs an exec or auth-provider plugin (EKS, GKE, AKS, OIDC logins),"
          + " whose short-lived answer cannot be stored, or when --service-account or"
          + " --system-namespace is given, Argo CD's manager account is installed instead, with"
          + " the context's own rights: ServiceAccount argocd-manager in kube-system, ClusterRole"
          + " argocd-manager-role allowing everything and its ClusterRoleBinding (with --namespace:"
          + " a Role and RoleBinding in each namespace), and a token Secret; the cluster is stored"
          + " with that account's token. Asks first unless --yes."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mooring cluster add prod --name production",
      "  mooring cluster add kind-dev --kubeconfig ~/.kube/kind --namespace web --namespace db",
      "  mooring cluster add arn:aws:eks:eu-west-1:123456789012:cluster/prod --name prod --yes"
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

  @Option(
      names = "--service-account",
      paramLabel = "NAME",
      description =
          "Install and store the token of this service account (default for plugin users:"
              + " argocd-manager).")
  String serviceAccount;

  @Option(
      names = "--system-namespace",
      paramLabel = "NAMESPACE",
      description = "Where the service account and its token live (default: kube-system).")
  String systemNamespace;

  @Option(
      names = {"-y", "--yes"},
      description = "Install the service account without asking.")
  boolean yes;

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
    // logged in before anything is installed in the cluster
    ClustersApi clusters = new ClustersApi(connection.client());
    if (installsServiceAccount(cluster)) {
      ManagerAccountRequest request = accountRequest();
      if (!confirmed(request)) {
        spec.commandLine().getOut().println("cluster '" + cluster.server() + "' not added");
        return ExitCodes.OK;
      }
      String token =
          ManagerAccount.installThrough(
              file, context, request, spec.commandLine().getErr()::println);
      cluster = cluster.withServiceAccountToken(token);
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
    clusters.add(body, upsert);
    spec.commandLine()
        .getOut()
        .println(
            "cluster '" + cluster.server() + "' added as '" + body.path("name").asText() + "'");
    return ExitCodes.OK;
  }

  private boolean installsServiceAccount(KubeconfigCluster cluster) {
    return cluster.credentials() == KubeconfigCluster.Credentials.FROM_PLUGIN
        || serviceAccount != null
        || systemNamespace != null;
  }

  private ManagerAccountRequest accountRequest() {
    ManagerAccountRequest defaults = ManagerAccountRequest.defaults();
    return new ManagerAccountRequest(
        systemNamespace != null ? systemNamespace : defaults.systemNamespace(),
        serviceAccount != null ? serviceAccount : defaults.serviceAccount(),
        namespaces,
        defaults.tokenWait());
  }

  /** True when the user agreed (or said --yes) to installing the account. */
  private boolean confirmed(ManagerAccountRequest request) {
    if (yes) {
      return true;
    }
    String account =
        "service account \""
            + request.serviceAccount()
            + "\" in namespace \""
            + request.systemNamespace()
            + "\"";
    if (!Confirmation.possible()) {
      throw new FlagException(
          "not installing " + account + " without confirmation: add --yes (no terminal to ask on)");
    }
    String rights =
        namespaces.isEmpty()
            ? "full cluster-level privileges"
            : "full privileges in namespaces " + String.join(", ", namespaces);
    return Confirmation.ask(
        "This creates "
            + account
            + " on the cluster of context '"
            + context
            + "' with "
            + rights
            + ". Continue?");
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
