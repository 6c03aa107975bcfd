package io.mooring.model;

import java.util.List;

/** One successful sync, kept for rollback. */
public class RevisionHistory extends Extensible {
  public Long id;
  public String revision;
  public List<String> revisions;
  public ApplicationSource source;
  public List<ApplicationSource> sources;
  public String deployStartedAt;
  public String deployedAt;
  public OperationInitiator initiatedBy;
}
