package io.mooring.server;

import java.util.Optional;

/** Whether the process is ready to serve (caches synced, controller started), for /readyz. */
@FunctionalInterface
public interface ReadinessCheck {
  /** Why the process is not ready yet; empty when it is. */
  Optional<String> notReadyReason();

  /** Always ready. */
  static ReadinessCheck alwaysReady() {
    return Optional::empty;
  }
}
