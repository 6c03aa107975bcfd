package io.mooring.demo.cluster;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.server.auth.InitialAdminPassword;
import io.mooring.server.settings.SettingsNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Prepares the demo's embedded cluster as an Argo CD installation would find it: the Application
 * and AppProject CRDs, the control namespace, the settings (argocd-cm with the {@code viewer}
 * account, argocd-rbac-cm making it {@code role:readonly}, argocd-secret with its password hash and
 * the webhook secret), and later the app-of-apps root. The only part of the demo that talks to a
 * Kubernetes API, and only to the demo's own sandbox.
 */
public final class ControlPlane implements AutoCloseable {
  /** The control namespace, as Argo CD's. */
  public static final String NAMESPACE = "argocd";

  /** The app-of-apps root Application the demo registers. */
  public static final String ROOT_APP = "examples";

  /** The read-only local account. */
  public static final String VIEWER = "viewer";

  private static final String RESOURCES = "/io/mooring/demo/";
  private final KubernetesClient client;

  private ControlPlane(KubernetesClient client) {
    this.client = client;
  }

  /** Connects to {@code cluster}; close the result to disconnect. */
  public static ControlPlane of(EmbeddedCluster cluster) {
    return new ControlPlane(cluster.newClient());
  }

  @Override
  public void close() {
    client.close();
  }

  /** Installs the CRDs and creates the control namespace with its settings. */
  public void prepare(DemoCredentials credentials) {
    for (String crd : new String[] {"application-crd.yaml", "appproject-crd.yaml"}) {
      client
          .apiextensions()
          .v1()
          .customResourceDefinitions()
          .resource(load("crds/" + crd, CustomResourceDefinition.class))
          .create();
    }
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
        .create();
    for (String configMap : new String[] {"argocd-cm.yaml", "argocd-rbac-cm.yaml"}) {
      client
          .configMaps()
          .inNamespace(NAMESPACE)
          .resource(load("bootstrap/" + configMap, ConfigMap.class))
          .create();
    }
    client.secrets().inNamespace(NAMESPACE).resource(argocdSecret(credentials)).create();
    client.secrets().inNamespace(NAMESPACE).resource(initialAdminSecret(credentials)).create();
  }

  /** Registers the app-of-apps root, tracking {@code repoUrl}. */
  public void registerRoot(String repoUrl) {
    String manifest = text("bootstrap/root-application.yaml").replace("${REPO_URL}", repoUrl);
    client.resource(manifest).inNamespace(NAMESPACE).create();
  }

  /** The admin password {@code mooring server} generated at its first start, once it has. */
  public Optional<String> initialAdminPassword() {
    Secret secret =
        client.secrets().inNamespace(NAMESPACE).withName(SettingsNames.INITIAL_ADMIN_SECRET).get();
    if (secret == null || secret.getData() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(secret.getData().get(InitialAdminPassword.PASSWORD_KEY))
        .map(value -> new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
  }

  /**
   * argocd-secret with the webhook secret and both accounts' password hashes, the admin's included,
   * so that {@code mooring server} finds an admin password and does not make one up (and hash it at
   * full cost) itself.
   */
  private static Secret argocdSecret(DemoCredentials credentials) {
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    Map<String, String> data =
        Map.of(
            "webhook.github.secret",
            base64(credentials.webhookSecret()),
            "admin.password",
            base64(GeneratedPasswordHash.of(credentials.adminPassword())),
            "admin.passwordMtime",
            base64(now),
            "accounts." + VIEWER + ".password",
            base64(GeneratedPasswordHash.of(credentials.viewerPassword())),
            "accounts." + VIEWER + ".passwordMtime",
            base64(now));
    return new SecretBuilder()
        .withNewMetadata()
        .withName(SettingsNames.ARGOCD_SECRET)
        .withNamespace(NAMESPACE)
        .addToLabels("app.kubernetes.io/name", SettingsNames.ARGOCD_SECRET)
        .addToLabels("app.kubernetes.io/part-of", "argocd")
        .endMetadata()
        .withType("Opaque")
        .withData(data)
        .build();
  }

  /** argocd-initial-admin-secret, as the server writes it, for {@code admin initial-password}. */
  private static Secret initialAdminSecret(DemoCredentials credentials) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName(SettingsNames.INITIAL_ADMIN_SECRET)
        .withNamespace(NAMESPACE)
        .endMetadata()
        .withType("Opaque")
        .withData(Map.of(InitialAdminPassword.PASSWORD_KEY, base64(credentials.adminPassword())))
        .build();
  }

  private static String base64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }

  private <T extends HasMetadata> T load(String resource, Class<T> type) {
    try (InputStream in = stream(resource)) {
      return client.getKubernetesSerialization().unmarshal(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String resource) {
    try (InputStream in = stream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String resource) {
    InputStream in = ControlPlane.class.getResourceAsStream(RESOURCES + resource);
    if (in == null) {
      throw new IllegalStateException("missing from the demo's classpath: " + resource);
    }
    return in;
  }
}
