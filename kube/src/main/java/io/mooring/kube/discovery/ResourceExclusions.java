package io.mooring.kube.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * Which resource types the cluster cache does not watch, in the shape of Argo CD's {@code
 * resource.exclusions}. Events and metrics are always excluded (they churn and are never managed).
 * {@link #defaults()} also excludes the noisy types Argo CD excludes by default: Endpoints and
 * EndpointSlices (rewritten on every pod change; the Service stands for them), Leases (renewed
 * every few seconds by controllers), token and access reviews, and CertificateSigningRequests.
 */
public final class ResourceExclusions {
  private static final List<ResourceExclusion> ALWAYS =
      List.of(
          ResourceExclusion.of(List.of(""), List.of("Event")),
          ResourceExclusion.of(List.of("events.k8s.io", "metrics.k8s.io"), List.of()));

  private static final List<ResourceExclusion> NOISY =
      List.of(
          ResourceExclusion.of(
              List.of("", "discovery.k8s.io"), List.of("Endpoints", "EndpointSlice")),
          ResourceExclusion.of(List.of("coordination.k8s.io"), List.of("Lease")),
          ResourceExclusion.of(
              List.of("authentication.k8s.io", "authorization.k8s.io"), List.of("*Review")),
          ResourceExclusion.of(
              List.of("certificates.k8s.io"), List.of("CertificateSigningRequest")));

  private final List<ResourceExclusion> rules;

  private ResourceExclusions(List<ResourceExclusion> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The always-excluded types plus Argo CD's default noisy types. */
  public static ResourceExclusions defaults() {
    return of(NOISY);
  }

  /** The always-excluded types plus exactly {@code configured} (replacing the defaults). */
  public static ResourceExclusions of(List<ResourceExclusion> configured) {
    List<ResourceExclusion> all = new ArrayList<>(ALWAYS);
    all.addAll(configured);
    return new ResourceExclusions(all);
  }

  /** True when {@code group/kind} is not to be watched on the cluster at {@code clusterServer}. */
  public boolean excludes(String group, String kind, String clusterServer) {
    for (ResourceExclusion rule : rules) {
      if (rule.matches(group, kind, clusterServer)) {
        return true;
      }
    }
    return false;
  }

  /** The rules in force, always-excluded ones first. */
  public List<ResourceExclusion> rules() {
    return rules;
  }
}
