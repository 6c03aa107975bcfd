package io.mooring.model;

import java.util.List;

/** What a sync did. */
public class SyncOperationResult extends Extensible {
  public List<ResourceResult> resources;
  public String revision;
  public List<String> revisions;
  public ApplicationSource source;
  public List<ApplicationSource> sources;
}
