package io.mooring.model;

/** A problem or warning about an Application, such as ComparisonError. */
public class ApplicationCondition extends Extensible {
  public String type;
  public String message;
  public String lastTransitionTime;
}
