package io.mooring.model;

import java.util.List;

/** A requested sync. */
public class SyncOperation extends Extensible {
  public String revision;
  public List<String> revisions;
  public Boolean prune;
  public Boolean dryRun;
  public List<SyncOperationResource> resources;
  public ApplicationSource source;
  public List<ApplicationSource> sources;
  public List<String> syncOptions;
  public SyncStrategy syncStrategy;
}
