package io.mooring.model;

/** A health assessment: Healthy, Progressing, Degraded, Suspended, Missing or Unknown. */
public class HealthStatus extends Extensible {
  public String status;
  public String message;
  public String lastTransitionTime;
}
