package io.mooring.model;

/** How resources are applied: {@code apply} (kubectl apply) or {@code hook}; each may force. */
public class SyncStrategy extends Extensible {
  public SyncStrategyApply apply;
  public SyncStrategyApply hook;
}
