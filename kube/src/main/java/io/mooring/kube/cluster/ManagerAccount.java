package io.mooring.kube.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.mooring.kube.error.KubeErrors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The service account Argo CD's {@code cluster add} installs in a cluster it registers, for a user
 * whose kubeconfig credentials cannot be stored (an exec or auth-provider plugin) or who asks for
 * it: the ServiceAccount ({@code argocd-manager} in {@code kube-system} by default), a ClusterRole
 * {@code argocd-manager-role} allowing everything and its ClusterRoleBinding (or, when only some
 * namespaces are managed, a Role and RoleBinding of those names in each), and a long-lived token
 * Secret, whose token the cluster's token controller fills in. Existing objects are kept and a role
 * whose rules differ is updated, so adding a cluster again is safe. Each step is reported as done.
 */
public final class ManagerAccount {
  /** Argo CD's names. */
  public static final String DEFAULT_SERVICE_ACCOUNT = "argocd-manager";

  public static final String DEFAULT_SYSTEM_NAMESPACE = "kube-system";
  static final String ROLE = "argocd-manager-role";
  static final String ROLE_BINDING = "argocd-manager-role-binding";
  private static final String TOKEN_TYPE = "kubernetes.io/service-account-token";
  private static final String SERVICE_ACCOUNT_NAME = "kubernetes.io/service-account.name";
  private static final Duration POLL = Duration.ofMillis(200);

  private final KubernetesClient client;
  private final ManagerAccountRequest request;
  private final String systemNamespace;
  private final String serviceAccount;
  private final Consumer<String> progress;

  /**
   * @param client a client with the rights to create the account (the user's own)
   * @param request where the account lives, its name, and what it may manage
   * @param progress told of each step, as a line a user can read
   */
  public ManagerAccount(
      KubernetesClient client, ManagerAccountRequest request, Consumer<String> progress) {
    this.client = client;
    this.request = request;
    this.systemNamespace = request.systemNamespace();
    this.serviceAccount = request.serviceAccount();
    this.progress = progress;
  }

  /**
   * Connects with context {@code context} of {@code kubeconfig} (running its exec or auth-provider
   * plugin, if it has one), installs the account and returns its token; the connection is closed.
   */
  public static String installThrough(
      Path kubeconfig, String context, ManagerAccountRequest request, Consumer<String> progress) {
    Config config = LocalClusterConfig.fromKubeconfig(kubeconfig, context);
    try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
      return new ManagerAccount(client, request, progress).install();
    }
  }

  /**
   * Installs the account with rights on the whole cluster (no namespaces in the request) or on the
   * request's namespaces only, and returns its bearer token once the cluster has issued it.
   *
   * @throws ManagerAccountException naming the object and the API server's answer when a step
   *     fails, or the Secret when no token came in time
   */
  public String install() {
    boolean systemNamespaceExists =
        call(
            "namespace \"" + systemNamespace + "\"",
            () -> client.namespaces().withName(systemNamespace).get() != null);
    if (!systemNamespaceExists) {
      throw new ManagerAccountException(
          "namespace \""
              + systemNamespace
              + "\" does not exist; name another with --system-namespace");
    }
    ensureServiceAccount();
    if (request.namespaces().isEmpty()) {
      ensureClusterRole();
      ensureClusterRoleBinding();
    } else {
      for (String namespace : request.namespaces()) {
        ensureRole(namespace);
        ensureRoleBinding(namespace);
      }
    }
    return token(ensureTokenSecret(), request.tokenWait());
  }

  private void ensureServiceAccount() {
    ServiceAccount account =
        new ServiceAccountBuilder()
            .withMetadata(meta(serviceAccount).withNamespace(systemNamespace).build())
            .build();
    ensure(
        "ServiceAccount \"" + serviceAccount + "\" in namespace \"" + systemNamespace + "\"",
        account,
        current -> true);
  }

  private void ensureClusterRole() {
    ensure(
        "ClusterRole \"" + ROLE + "\"",
        new ClusterRoleBuilder().withMetadata(meta(ROLE).build()).withRules(clusterRules()).build(),
        current -> Objects.equals(current.getRules(), clusterRules()));
  }

  private void ensureClusterRoleBinding() {
    ensure(
        "ClusterRoleBinding \"" + ROLE_BINDING + "\"",
        new ClusterRoleBindingBuilder()
            .withMetadata(meta(ROLE_BINDING).build())
            .withNewRoleRef("rbac.authorization.k8s.io", "ClusterRole", ROLE)
            .withSubjects(subject())
            .build(),
        current -> true);
  }

  private void ensureRole(String namespace) {
    ensure(
        "Role \"" + ROLE + "\" in namespace \"" + namespace + "\"",
        new RoleBuilder()
            .withMetadata(meta(ROLE).withNamespace(namespace).build())
            .withRules(everything())
            .build(),
        current -> Objects.equals(current.getRules(), List.of(everything())));
  }

  private void ensureRoleBinding(String namespace) {
    ensure(
        "RoleBinding \"" + ROLE_BINDING + "\" in namespace \"" + namespace + "\"",
        new RoleBindingBuilder()
            .withMetadata(meta(ROLE_BINDING).withNamespace(namespace).build())
            .withNewRoleRef("rbac.authorization.k8s.io", "Role", ROLE)
            .withSubjects(subject())
            .build(),
        current -> true);
  }

  /**
   * Creates {@code wanted} when missing; when it exists and {@code upToDate} says no, replaces it
   * with {@code wanted} on the stored object's resourceVersion. Reports which.
   */
  private <T extends HasMetadata> void ensure(String what, T wanted, Predicate<T> upToDate) {
    call(
        what,
        () -> {
          T current = client.resource(wanted).get();
          if (current == null) {
            client.resource(wanted).create();
            progress.accept(what + " created");
          } else if (upToDate.test(current)) {
            progress.accept(what + " already exists");
          } else {
            wanted.getMetadata().setResourceVersion(current.getMetadata().getResourceVersion());
            client.resource(wanted).update();
            progress.accept(what + " updated");
          }
        });
  }

  private Subject subject() {
    return new SubjectBuilder()
        .withKind("ServiceAccount")
        .withName(serviceAccount)
        .withNamespace(systemNamespace)
        .build();
  }

  /** The account's long-lived token Secret (created when missing); its name. */
  private String ensureTokenSecret() {
    String name = serviceAccount + "-long-lived-token";
    String what = "token Secret \"" + name + "\" in namespace \"" + systemNamespace + "\"";
    Secret secret =
        new SecretBuilder()
            .withMetadata(
                meta(name)
                    .withNamespace(systemNamespace)
                    .withAnnotations(Map.of(SERVICE_ACCOUNT_NAME, serviceAccount))
                    .build())
            .withType(TOKEN_TYPE)
            .build();
    call(
        what,
        () -> {
          Secret current = client.secrets().inNamespace(systemNamespace).withName(name).get();
          if (current == null) {
            client.secrets().inNamespace(systemNamespace).resource(secret).create();
            progress.accept(what + " created");
          } else if (!TOKEN_TYPE.equals(current.getType())
              || !serviceAccount.equals(annotation(current))) {
            throw new ManagerAccountException(
                what + " exists but is not a token of ServiceAccount \"" + serviceAccount + "\"");
          }
        });
    return name;
  }

  /** The token the cluster wrote into Secret {@code name}, waiting up to {@code wait} for it. */
  private String token(String name, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Secret secret =
          call(
              "token Secret \"" + name + "\"",
              () -> client.secrets().inNamespace(systemNamespace).withName(name).get());
      String encoded =
          secret == null || secret.getData() == null ? null : secret.getData().get("token");
      if (encoded != null && !encoded.isBlank()) {
        return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      }
      if (System.nanoTime() > deadline) {
        throw new ManagerAccountException(
            "token Secret \""
                + name
                + "\" in namespace \""
                + systemNamespace
                + "\" has no token after "
                + seconds(wait)
                + " s: the cluster's token controller did not fill it in");
      }
      sleep();
    }
  }

  private static String seconds(Duration wait) {
    long millis = wait.toMillis();
    return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
  }

  private static String annotation(Secret secret) {
    Map<String, String> annotations = secret.getMetadata().getAnnotations();
    return annotations == null ? null : annotations.get(SERVICE_ACCOUNT_NAME);
  }

  private static ObjectMetaBuilder meta(String name) {
    return new ObjectMetaBuilder()
        .withName(name)
        .withLabels(Map.of("app.kubernetes.io/managed-by", "mooring"));
  }

  /** Everything on every resource, and every non-resource URL (Argo CD's cluster role). */
  private static List<PolicyRule> clusterRules() {
    return List.of(
        everything(), new PolicyRuleBuilder().withNonResourceURLs("*").withVerbs("*").build());
  }

  private static PolicyRule everything() {
    return new PolicyRuleBuilder().withApiGroups("*").withResources("*").withVerbs("*").build();
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ManagerAccountException("interrupted while waiting for the token");
    }
  }

  private static void call(String what, Runnable step) {
    call(
        what,
        () -> {
          step.run();
          return null;
        });
  }

  private static <T> T call(String what, Supplier<T> step) {
    try {
      return step.get();
    } catch (KubernetesClientException e) {
      throw new ManagerAccountException(KubeErrors.classify("set up " + what, e).getMessage(), e);
    }
  }
}
