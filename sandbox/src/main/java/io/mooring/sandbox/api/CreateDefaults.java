package io.mooring.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.sandbox.api.ResourceType.Subresource;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the API server fills in when an object is created: the name from generateName, the namespace
 * from the path, a fresh status for kinds with a status subresource (Pending pods, Active
 * namespaces, established CRDs), a Pod's {@code restartPolicy} (Always), a Secret's {@code
 * stringData} folded into {@code data}, a service-account token Secret's token, and a cluster IP
 * for Services.
 */
public final class CreateDefaults {
  private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
  private final SecureRandom random = new SecureRandom();
  private final AtomicInteger nextClusterIp = new AtomicInteger(10);
  private final ServiceAccountTokens tokens = new ServiceAccountTokens();

  /** Fills in the defaults of a new object of the given type, in place. */
  public void apply(ResourceType type, ObjectNode object, String namespaceFromPath) {
    ObjectNode meta = Json.metadata(object);
    if (!meta.hasNonNull("name") && meta.hasNonNull("generateName")) {
      meta.put("name", meta.get("generateName").asText() + randomSuffix(5));
    }
    if (type.namespaced() && namespaceFromPath != null) {
      if (meta.hasNonNull("namespace")
          && !meta.get("namespace").asText().equals(namespaceFromPath)) {
        throw new ApiException(
            400,
            "BadRequest",
            "the namespace of the object ("
                + meta.get("namespace").asText()
                + ") does not match the namespace on the request ("
                + namespaceFromPath
                + ")");
      }
      meta.put("namespace", namespaceFromPath);
    }
    if (BuiltInResources.byKind(type.groupVersion(), type.kind()).isPresent()
        && type.has(Subresource.STATUS)) {
      object.remove("status");
    }
    switch (type.kind()) {
      case "Pod" -> {
        object.putObject("status").put("phase", "Pending");
        defaultRestartPolicy(object);
      }
      case "Namespace" -> object.putObject("status").put("phase", "Active");
      case "PersistentVolumeClaim" -> object.putObject("status").put("phase", "Pending");
      case "Service" -> allocateClusterIp(object);
      case "Secret" -> {
        SecretStringData.fold(object);
        tokens.issue(object);
      }
      case "CustomResourceDefinition" -> CrdStatus.establish(object);
      default -> {}
    }
  }

  private static void defaultRestartPolicy(ObjectNode pod) {
    if (pod.path("spec").isObject() && !pod.get("spec").hasNonNull("restartPolicy")) {
      ((ObjectNode) pod.get("spec")).put("restartPolicy", "Always");
    }
  }

  private void allocateClusterIp(ObjectNode service) {
    ObjectNode spec =
        service.path("spec").isObject()
            ? (ObjectNode) service.get("spec")
            : service.putObject("spec");
    if ("ExternalName".equals(spec.path("type").asText()) || spec.hasNonNull("clusterIP")) {
      return;
    }
    int n = nextClusterIp.getAndIncrement();
    String ip = "10.96." + (n / 250) % 250 + "." + (n % 250 + 1);
    spec.put("clusterIP", ip);
    spec.putArray("clusterIPs").add(ip);
    if (!spec.has("type")) {
      spec.put("type", "ClusterIP");
    }
  }

  /** A random suffix in the alphabet Kubernetes uses for generated names. */
  public String randomSuffix(int length) {
    StringBuilder suffix = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      suffix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return suffix.toString();
  }
}
