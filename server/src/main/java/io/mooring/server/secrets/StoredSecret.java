package io.mooring.server.secrets;

import java.util.Map;

/**
 * A Secret of the control namespace as the API keeps Argo CD credentials in it: repositories,
 * credential templates and clusters, told apart by the {@code argocd.argoproj.io/secret-type}
 * label.
 *
 * @param name the Secret's name
 * @param labels its labels
 * @param annotations its annotations
 * @param data its decoded data (credentials among them: never log or return it)
 * @param resourceVersion the version it was read at; empty for one not yet written
 */
public record StoredSecret(
    String name,
    Map<String, String> labels,
    Map<String, String> annotations,
    Map<String, String> data,
    String resourceVersion) {
  public StoredSecret {
    labels = Map.copyOf(labels);
    annotations = Map.copyOf(annotations);
    data = Map.copyOf(data);
  }

  /** A new Secret of {@code type}, marked as managed by the API as Argo CD marks its own. */
  public static StoredSecret of(
      String name,
      String type,
      Map<String, String> labels,
      Map<String, String> annotations,
      Map<String, String> data) {
    Map<String, String> allLabels = new java.util.LinkedHashMap<>(labels);
    allLabels.put(SecretTypes.LABEL, type);
    Map<String, String> allAnnotations = new java.util.LinkedHashMap<>(annotations);
    allAnnotations.put(SecretTypes.MANAGED_BY, SecretTypes.MANAGED_BY_ARGOCD);
    return new StoredSecret(name, allLabels, allAnnotations, data, "");
  }

  /** This Secret with other labels, annotations and data, at the same name and version. */
  public StoredSecret replacing(
      Map<String, String> newLabels,
      Map<String, String> newAnnotations,
      Map<String, String> newData) {
    StoredSecret fresh = of(name, type(), newLabels, newAnnotations, newData);
    return new StoredSecret(name, fresh.labels, fresh.annotations, fresh.data, resourceVersion);
  }

  /** The value of its secret-type label. */
  public String type() {
    return labels.getOrDefault(SecretTypes.LABEL, "");
  }

  /** Name, type and version only: the data holds credentials. */
  @Override
  public String toString() {
    return "StoredSecret[name=" + name + ", type=" + type() + ", rv=" + resourceVersion + "]";
  }
}
