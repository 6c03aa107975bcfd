package io.mooring.kube.settings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Mooring's settings from its control namespace, where Argo CD keeps them: ConfigMaps such as
 * argocd-cm, and Secrets by their {@code argocd.argoproj.io/secret-type} label. Secret values are
 * returned decoded for the code that needs them and are never logged here.
 */
public final class ControlNamespace {
  private final KubernetesClient client;
  private final String namespace;

  public ControlNamespace(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
  }

  /** The namespace's name. */
  public String name() {
    return namespace;
  }

  /** The ConfigMap {@code name} as a JSON tree, if present. */
  public Optional<ObjectNode> configMap(String name) {
    ConfigMap map = client.configMaps().inNamespace(namespace).withName(name).get();
    return Optional.ofNullable(map)
        .map(m -> (ObjectNode) Serialization.jsonMapper().valueToTree(m));
  }

  /** The decoded data of the Secret {@code name}, if present. */
  public Optional<Map<String, String>> secret(String name) {
    return Optional.ofNullable(client.secrets().inNamespace(namespace).withName(name).get())
        .map(ControlNamespace::decoded);
  }

  /**
   * The Events recorded in the namespace about the object of {@code kind} named {@code name}, as
   * JSON trees, oldest first.
   */
  public List<ObjectNode> events(String kind, String name) {
    return client.v1().events().inNamespace(namespace).list().getItems().stream()
        .filter(e -> e.getInvolvedObject() != null)
        .filter(e -> kind.equals(e.getInvolvedObject().getKind()))
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .sorted(Comparator.comparing(ControlNamespace::when))
        .map(e -> (ObjectNode) Serialization.jsonMapper().valueToTree(e))
        .toList();
  }

  private static String when(Event event) {
    String time =
        event.getLastTimestamp() != null
            ? event.getLastTimestamp()
            : event.getEventTime() == null ? null : event.getEventTime().getTime();
    return time == null ? "" : time;
  }

  /** The decoded data of every Secret whose label {@code key} has {@code value}. */
  public List<Map<String, String>> secretData(String key, String value) {
    List<Map<String, String>> result = new ArrayList<>();
    for (Secret secret :
        client.secrets().inNamespace(namespace).withLabel(key, value).list().getItems()) {
      result.add(decoded(secret));
    }
    return result;
  }

  private static Map<String, String> decoded(Secret secret) {
    Map<String, String> data = new LinkedHashMap<>();
    if (secret.getData() != null) {
      secret
          .getData()
          .forEach(
              (k, v) ->
                  data.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
    }
    if (secret.getStringData() != null) {
      data.putAll(secret.getStringData());
    }
    return data;
  }
}
