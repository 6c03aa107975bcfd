package io.mooring.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small apps the real-server tests deploy from Git: {@code guestbook/} (a ConfigMap and a
 * Deployment, plain YAML) and {@code waves/} (a PreSync hook Job, a ConfigMap in wave 0, a
 * Deployment in wave 1), and {@code slow/} (PreSync hook Jobs in five consecutive waves).
 */
final class TestApps {
  /**
   * PreSync hook Jobs of {@code slow/}, one per wave: each runs for the simulator's job run time
   * (300 ms) before the next starts, so its sync takes well over a second however fast the machine.
   */
  static final int SLOW_STEPS = 5;

  private TestApps() {}

  /** The files of the first commit: both apps. */
  static Map<String, String> initialFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    files.putAll(guestbook("guestbook", "hello", 1));
    files.put("waves/migrate.yaml", hookJob("migrate", "PreSync"));
    files.put("waves/settings.yaml", configMap("settings", "hello", 0));
    files.put("waves/api.yaml", deployment("api", 1, 1));
    for (int wave = 1; wave <= SLOW_STEPS; wave++) {
      files.put("slow/step-" + wave + ".yaml", hookJob("step-" + wave, "PreSync", wave));
    }
    return files;
  }

  /**
   * The guestbook's files under {@code path}: ConfigMap {@code greeting} and Deployment {@code
   * web}.
   */
  static Map<String, String> guestbook(String path, String greeting, int replicas) {
    return Map.of(
        path + "/greeting.yaml",
        configMap("greeting", greeting, 0),
        path + "/web.yaml",
        deployment("web", replicas, 0));
  }

  static String configMap(String name, String greeting, int wave) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: %s
          annotations: {argocd.argoproj.io/sync-wave: '%d'}
        data: {greeting: %s}
        """
        .formatted(name, wave, greeting);
  }

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

  static String hookJob(String name, String hook) {
    return hookJob(name, hook, 0);
  }

  static String hookJob(String name, String hook, int wave) {
    return """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: %s
          annotations: {argocd.argoproj.io/hook: %s, argocd.argoproj.io/sync-wave: '%d'}
        spec:
          backoffLimit: 0
          template:
            spec: {restartPolicy: Never, containers: [{name: task, image: 'busybox:1.36'}]}
        """
        .formatted(name, hook, wave);
  }
}
