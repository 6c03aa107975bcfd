package io.mooring.engine.violation;

import org.eclipse.jgit.lib.ObjectId;

/** A deliberate violation (test sources only): proves the engine rule can fail. */
public final class EngineClassThatReachesGit {
  private EngineClassThatReachesGit() {}

  /** Reaches into JGit, which the engine must never do. */
  public static String zero() {
    return ObjectId.zeroId().name();
  }
}
