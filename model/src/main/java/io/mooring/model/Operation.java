package io.mooring.model;

import java.util.List;

/** A requested operation on an Application (today: sync). */
public class Operation extends Extensible {
  public SyncOperation sync;
  public OperationInitiator initiatedBy;
  public List<Info> info;
  public RetryStrategy retry;
}
