package io.mooring.kube.settings;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.mooring.engine.resource.Annotations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A running watch of the control namespace's repository credential Secrets ({@code
 * argocd.argoproj.io/secret-type: repository} and {@code repo-creds}): every time one is added,
 * changed or deleted, the listener receives the decoded data of all of them and the URL of the one
 * that changed, so credentials added while Mooring runs are used at once. Values are never logged.
 */
public final class CredentialSecretsInformer implements AutoCloseable {
  /** The secret-type label value of a repository Secret. */
  public static final String REPOSITORY = "repository";

  /** The secret-type label value of a credential template Secret. */
  public static final String REPO_CREDS = "repo-creds";

  private final List<SharedIndexInformer<Secret>> informers = new ArrayList<>();

  /**
   * The decoded data of the credential Secrets, by kind, each list ordered by Secret name.
   *
   * @param repositories the {@code repository} Secrets
   * @param templates the {@code repo-creds} Secrets
   */
  public record CredentialSecretData(
      List<Map<String, String>> repositories, List<Map<String, String>> templates) {
    public CredentialSecretData {
      repositories = List.copyOf(repositories);
      templates = List.copyOf(templates);
    }
  }

  /** Told of each change. */
  @FunctionalInterface
  public interface Listener {
    /**
     * The credential Secrets now hold {@code all}; the one with data {@code url} (empty when it has
     * none) was added, changed or deleted.
     */
    void changed(CredentialSecretData all, String url);
  }

  private CredentialSecretsInformer() {}

  /**
   * Starts watching the credential Secrets of {@code namespace}; returns once the initial lists are
   * in (those Secrets are reported to {@code listener} as added, on an informer's thread). One
   * informer per secret type, each with an equality label selector.
   */
  public static CredentialSecretsInformer start(
      KubernetesClient client, String namespace, Listener listener) {
    CredentialSecretsInformer watch = new CredentialSecretsInformer();
    try {
      for (String type : List.of(REPOSITORY, REPO_CREDS)) {
        SharedIndexInformer<Secret> informer =
            client
                .secrets()
                .inNamespace(namespace)
                .withLabel(Annotations.SECRET_TYPE_LABEL, type)
                .runnableInformer(0);
        informer.addEventHandler(watch.handler(listener));
        watch.informers.add(informer);
        informer.run();
      }
    } catch (RuntimeException e) {
      watch.close();
      throw e;
    }
    return watch;
  }

  private ResourceEventHandler<Secret> handler(Listener listener) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(Secret secret) {
        listener.changed(current(), url(secret));
      }

      @Override
      public void onUpdate(Secret old, Secret now) {
        listener.changed(current(), url(now));
        if (!url(old).equals(url(now))) {
          listener.changed(current(), url(old));
        }
      }

      @Override
      public void onDelete(Secret secret, boolean finalStateUnknown) {
        listener.changed(current(), url(secret));
      }
    };
  }

  /** The credential Secrets as the watch currently sees them. */
  public CredentialSecretData current() {
    List<Secret> secrets = new ArrayList<>();
    informers.forEach(informer -> secrets.addAll(informer.getStore().list()));
    secrets.sort(Comparator.comparing(s -> s.getMetadata().getName()));
    List<Map<String, String>> repositories = new ArrayList<>();
    List<Map<String, String>> templates = new ArrayList<>();
    for (Secret secret : secrets) {
      String type = type(secret);
      if (REPOSITORY.equals(type)) {
        repositories.add(ControlSecrets.toObject(secret).data());
      } else if (REPO_CREDS.equals(type)) {
        templates.add(ControlSecrets.toObject(secret).data());
      }
    }
    return new CredentialSecretData(repositories, templates);
  }

  private static String type(Secret secret) {
    Map<String, String> labels = secret.getMetadata().getLabels();
    return labels == null ? "" : labels.getOrDefault(Annotations.SECRET_TYPE_LABEL, "");
  }

  private static String url(Secret secret) {
    return ControlSecrets.toObject(secret).data().getOrDefault("url", "");
  }

  @Override
  public void close() {
    informers.forEach(SharedIndexInformer::close);
  }
}
