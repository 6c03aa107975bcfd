package io.mooring.engine.sync;

/**
 * The phase of a sync operation and of each of its tasks ({@code hookPhase} in a resource result),
 * spelled as in Argo CD's {@code operationState.phase}.
 */
public enum OperationPhase {
  Running,
  Terminating,
  Failed,
  Error,
  Succeeded;

  /** True for Failed, Error and Succeeded: nothing more will happen. */
  public boolean isCompleted() {
    return this == Failed || this == Error || this == Succeeded;
  }

  /** True for Failed and Error. */
  public boolean isUnsuccessful() {
    return this == Failed || this == Error;
  }
}
