package io.mooring.model;

import java.util.List;

/** What the controller observed and did. */
public class ApplicationStatus extends Extensible {
  public List<ResourceStatus> resources;
  public SyncStatus sync;
  public HealthStatus health;
  public List<RevisionHistory> history;
  public List<ApplicationCondition> conditions;
  public String reconciledAt;
  public OperationState operationState;
  public String observedAt;
  public String sourceType;
  public List<String> sourceTypes;
  public ApplicationSummary summary;
  public String controllerNamespace;
}
