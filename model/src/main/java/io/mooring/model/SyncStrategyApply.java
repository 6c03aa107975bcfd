package io.mooring.model;

/** Options of one sync strategy. */
public class SyncStrategyApply extends Extensible {
  public Boolean force;
}
