package io.mooring.demo;

/**
 * The ports the demo listens on; 0 picks a free port (for Git: the one it had last time with the
 * same data dir, when still free).
 *
 * @param api the Mooring server (UI, API, webhooks), on every interface as {@code mooring server}
 * @param git the Git server, on 127.0.0.1
 * @param kube the embedded cluster's Kubernetes API, on 127.0.0.1
 */
public record DemoPorts(int api, int git, int kube) {
  public DemoPorts {
    check("--port", api);
    check("--git-port", git);
    check("--kube-port", kube);
  }

  /** The command's defaults: the UI on 8080, Git and the cluster on free ports. */
  public static DemoPorts defaults() {
    return new DemoPorts(8080, 0, 0);
  }

  /** Free ports for everything (tests). */
  public static DemoPorts anyFree() {
    return new DemoPorts(0, 0, 0);
  }

  private static void check(String option, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(option + " " + port + ": not between 0 and 65535");
    }
  }
}
