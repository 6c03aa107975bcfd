package io.mooring.controller.compare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.engine.sync.HookAnnotations;
import io.mooring.engine.sync.SyncPlanException;

/**
 * Tells sync hooks apart for comparison (an unreadable hook annotation fails at planning, not
 * here).
 */
public final class HookDetection {
  private HookDetection() {}

  /** True for Argo CD and Helm hooks. */
  public static boolean isHook(ObjectNode object) {
    try {
      return HookAnnotations.isHook(object);
    } catch (SyncPlanException e) {
      return false;
    }
  }
}
