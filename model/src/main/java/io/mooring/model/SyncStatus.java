package io.mooring.model;

import java.util.List;

/** Whether live state matches Git, and at which revision. */
public class SyncStatus extends Extensible {
  public String status;
  public ComparedTo comparedTo;
  public String revision;
  public List<String> revisions;
}
