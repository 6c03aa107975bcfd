package io.mooring.engine.health;

import io.mooring.engine.resource.GroupKind;
import java.util.Optional;

/** Finds the health check configured for a group and kind, if any. */
@FunctionalInterface
public interface HealthCheckLookup {
  /** A lookup that never finds anything: only built-in checks apply. */
  HealthCheckLookup NONE = groupKind -> Optional.empty();

  Optional<HealthCheck> forKind(GroupKind groupKind);
}
