package io.mooring.kube.settings;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.mooring.engine.resource.Annotations;
import io.mooring.kube.apps.StaleObjectException;
import io.mooring.kube.error.KubeErrors;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Argo CD credential Secrets of the control namespace (those labelled {@code
 * argocd.argoproj.io/secret-type}: repository, repo-creds, cluster), read and written directly
 * against the API so a write is visible to the next read. Values are decoded on read and base64
 * encoded on write; they are never logged, and error messages name the Secret, never its content.
 */
public final class ControlSecrets {
  private final KubernetesClient client;
  private final String namespace;

  /**
   * One Secret as Argo CD keeps credentials in it.
   *
   * @param name the Secret's name
   * @param labels its labels (the secret-type label among them)
   * @param annotations its annotations
   * @param data its decoded data
   * @param resourceVersion the version it was read at; empty for a Secret not yet written
   */
  public record SecretObject(
      String name,
      Map<String, String> labels,
      Map<String, String> annotations,
      Map<String, String> data,
      String resourceVersion) {
    public SecretObject {
      labels = Map.copyOf(labels);
      annotations = Map.copyOf(annotations);
      data = Map.copyOf(data);
    }

    /** Name, labels and resourceVersion only: the data holds credentials. */
    @Override
    public String toString() {
      return "SecretObject[name=" + name + ", labels=" + labels + ", rv=" + resourceVersion + "]";
    }
  }

  public ControlSecrets(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  /** The Secrets whose {@code argocd.argoproj.io/secret-type} label is {@code type}, by name. */
  public List<SecretObject> list(String type) {
    try {
      return client
          .secrets()
          .inNamespace(namespace)
          .withLabel(Annotations.SECRET_TYPE_LABEL, type)
          .list()
          .getItems()
          .stream()
          .map(ControlSecrets::toObject)
          .sorted(Comparator.comparing(SecretObject::name))
          .toList();
    } catch (KubernetesClientException e) {
      throw KubeErrors.classify("list " + type + " Secrets in " + namespace, e);
    }
  }

  /** The Secret named {@code name}, if it exists. */
  public Optional<SecretObject> get(String name) {
    try {
      return Optional.ofNullable(client.secrets().inNamespace(namespace).withName(name).get())
          .map(ControlSecrets::toObject);
    } catch (KubernetesClientException e) {
      throw KubeErrors.classify("read Secret " + namespace + "/" + name, e);
    }
  }

  /**
   * Creates {@code secret}; a name already taken fails with a {@code KubeException} of kind {@code
   * ALREADY_EXISTS}.
   */
  public SecretObject create(SecretObject secret) {
    try {
      return toObject(
          client.secrets().inNamespace(namespace).resource(toSecret(secret, null)).create());
    } catch (KubernetesClientException e) {
      throw KubeErrors.classify("create Secret " + namespace + "/" + secret.name(), e);
    }
  }

  /** Replaces labels, annotations and data of {@code secret} at the version it was read at. */
  public SecretObject update(SecretObject secret) throws StaleObjectException {
    try {
      return toObject(
          client
              .secrets()
              .inNamespace(namespace)
              .resource(toSecret(secret, secret.resourceVersion()))
              .update());
    } catch (KubernetesClientException e) {
      if (e.getCode() == 409) {
        throw new StaleObjectException(
            "Secret " + secret.name() + " changed since it was read (HTTP 409)", e);
      }
      throw KubeErrors.classify("update Secret " + namespace + "/" + secret.name(), e);
    }
  }

  /** Deletes the Secret named {@code name}; nothing happens when it does not exist. */
  public void delete(String name) {
    try {
      client.secrets().inNamespace(namespace).withName(name).delete();
    } catch (KubernetesClientException e) {
      throw KubeErrors.classify("delete Secret " + namespace + "/" + name, e);
    }
  }

  private Secret toSecret(SecretObject secret, String resourceVersion) {
    Map<String, String> encoded = new LinkedHashMap<>();
    secret
        .data()
        .forEach(
            (key, value) ->
                encoded.put(
                    key,
                    Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
    return new SecretBuilder()
        .withNewMetadata()
        .withName(secret.name())
        .withNamespace(namespace)
        .withLabels(secret.labels())
        .withAnnotations(secret.annotations().isEmpty() ? null : secret.annotations())
        .withResourceVersion(
            resourceVersion == null || resourceVersion.isEmpty() ? null : resourceVersion)
        .endMetadata()
        .withType("Opaque")
        .withData(encoded)
        .build();
  }

  static SecretObject toObject(Secret secret) {
    Map<String, String> data = new LinkedHashMap<>();
    if (secret.getData() != null) {
      secret
          .getData()
          .forEach(
              (key, value) ->
                  data.put(
                      key,
                      new String(Base64.getMimeDecoder().decode(value), StandardCharsets.UTF_8)));
    }
    if (secret.getStringData() != null) {
      data.putAll(secret.getStringData());
    }
    var metadata = secret.getMetadata();
    return new SecretObject(
        metadata.getName(),
        metadata.getLabels() == null ? Map.of() : metadata.getLabels(),
        metadata.getAnnotations() == null ? Map.of() : metadata.getAnnotations(),
        data,
        metadata.getResourceVersion() == null ? "" : metadata.getResourceVersion());
  }
}
