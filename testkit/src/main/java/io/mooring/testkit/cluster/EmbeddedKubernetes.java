package io.mooring.testkit.cluster;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test of the class a fresh embedded cluster (the sandbox, never a real cluster):
 * declare an {@code EmbeddedCluster} and/or a fabric8 {@code KubernetesClient} parameter on the
 * test (or a lifecycle method) to receive them. Simulator delays are the fast test defaults.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EmbeddedClusterExtension.class)
public @interface EmbeddedKubernetes {}
