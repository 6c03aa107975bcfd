package io.mooring.model;

/** The progress and outcome of the current or last operation. */
public class OperationState extends Extensible {
  public Operation operation;
  public String phase;
  public String message;
  public SyncOperationResult syncResult;
  public String startedAt;
  public String finishedAt;
  public Long retryCount;
}
