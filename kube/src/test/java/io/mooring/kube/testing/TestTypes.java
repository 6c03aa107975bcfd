package io.mooring.kube.testing;

import io.mooring.kube.discovery.ApiResourceCatalog;
import io.mooring.kube.discovery.ApiResourceType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The built-in types tests use, standing in for discovery where fabric8's mock server cannot serve
 * it (it has no discovery of built-in groups). {@link #add} makes a type "appear" later, like a CRD
 * being established.
 */
public final class TestTypes {
  private static final Set<String> VERBS =
      Set.of("create", "delete", "get", "list", "patch", "update", "watch");

  private final List<ApiResourceType> served = new CopyOnWriteArrayList<>();

  public static TestTypes builtIns() {
    TestTypes types = new TestTypes();
    types.add("", "v1", "ConfigMap", "configmaps", true);
    types.add("", "v1", "Secret", "secrets", true);
    types.add("", "v1", "Pod", "pods", true);
    types.add("", "v1", "Service", "services", true);
    types.add("", "v1", "Namespace", "namespaces", false);
    types.add("apps", "v1", "Deployment", "deployments", true);
    types.add("apps", "v1", "ReplicaSet", "replicasets", true);
    types.add(
        "apiextensions.k8s.io",
        "v1",
        "CustomResourceDefinition",
        "customresourcedefinitions",
        false);
    return types;
  }

  public TestTypes add(
      String group, String version, String kind, String plural, boolean namespaced) {
    served.add(new ApiResourceType(group, version, kind, plural, namespaced, VERBS));
    return this;
  }

  /** A catalog over these types that re-reads them on every miss. */
  public ApiResourceCatalog catalog() {
    return new ApiResourceCatalog(() -> List.copyOf(served), Duration.ZERO, Clock.systemUTC());
  }
}
