package io.mooring.model;

/** Who started an operation: a user, or automation. */
public class OperationInitiator extends Extensible {
  public String username;
  public Boolean automated;
}
