package io.mooring.testkit.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.mooring.sandbox.EmbeddedCluster;
import io.mooring.sandbox.EmbeddedClusterOptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that starts a fresh {@link EmbeddedCluster} per test and closes it (and the
 * client it handed out) afterwards. Use {@link EmbeddedKubernetes} on the class, or register it
 * with options: {@code @RegisterExtension static EmbeddedClusterExtension k8s = new
 * EmbeddedClusterExtension(EmbeddedClusterOptions.forTests().withSimulator(...));}
 */
public final class EmbeddedClusterExtension implements ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(EmbeddedClusterExtension.class);

  private final EmbeddedClusterOptions options;

  /** Fast simulator delays and a free port. */
  public EmbeddedClusterExtension() {
    this(EmbeddedClusterOptions.forTests());
  }

  public EmbeddedClusterExtension(EmbeddedClusterOptions options) {
    this.options = options;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == EmbeddedCluster.class || type == KubernetesClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ClusterResource cluster =
        context
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(
                ClusterResource.class, k -> new ClusterResource(options), ClusterResource.class);
    return parameter.getParameter().getType() == EmbeddedCluster.class
        ? cluster.cluster()
        : cluster.client();
  }
}
