package io.mooring.controller.scenario;

/** The manifests the scenario stories commit to Git, and the Applications that deploy them. */
final class Manifests {
  private Manifests() {}

  /** A Deployment named {@code name} with {@code replicas} pods, in sync-wave {@code wave}. */
  static String deployment(String name, int replicas, int wave) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: %1$s
          annotations: {argocd.argoproj.io/sync-wave: '%3$d'}
        spec:
          replicas: %2$d
          selector: {matchLabels: {app: %1$s}}
          template:
            metadata: {labels: {app: %1$s}}
            spec: {containers: [{name: main, image: 'nginx:1.27'}]}
        """
        .formatted(name, replicas, wave);
  }

  /** A ConfigMap named {@code name} in sync-wave {@code wave}. */
  static String configMap(String name, int wave) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: %s
          annotations: {argocd.argoproj.io/sync-wave: '%d'}
        data: {greeting: hello}
        """
        .formatted(name, wave);
  }

  /** A Job run as a {@code hook} (PreSync, PostSync, SyncFail ...). */
  static String hookJob(String name, String hook) {
    return hookJob(name, hook, "");
  }

  /** A hook Job whose pod fails with {@code failure} (the sandbox's fail annotation). */
  static String failingHookJob(String name, String hook, String failure) {
    return hookJob(name, hook, "sandbox.mooring.io/fail: '%s'".formatted(failure));
  }

  private static String hookJob(String name, String hook, String podAnnotations) {
    return """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: %s
          annotations: {argocd.argoproj.io/hook: %s}
        spec:
          backoffLimit: 0
          template:
            metadata: {annotations: {%s}}
            spec: {restartPolicy: Never, containers: [{name: task, image: 'busybox:1.36'}]}
        """
        .formatted(name, hook, podAnnotations);
  }

  /** An Application {@code web} deploying path {@code web} to namespace {@code shop}. */
  static String app(SyncPolicy policy) {
    return """
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata:
          name: web
          namespace: argocd
          finalizers: [%s]
        spec:
          project: default
          source: {repoURL: REPO, path: web, targetRevision: main}
          destination: {server: 'https://kubernetes.default.svc', namespace: shop}
          syncPolicy:
            %s
            syncOptions: [CreateNamespace=true]
        """
        .formatted(
            policy == SyncPolicy.AUTOMATED_WITH_FINALIZER
                ? "resources-finalizer.argocd.argoproj.io"
                : "",
            policy == SyncPolicy.MANUAL ? "" : "automated: {prune: true, selfHeal: true}");
  }

  /** How the story's Application is set up. */
  enum SyncPolicy {
    MANUAL,
    AUTOMATED,
    AUTOMATED_WITH_FINALIZER
  }
}
