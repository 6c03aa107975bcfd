package io.mooring.model;

import java.util.List;

/** The desired state of an Application. */
public class ApplicationSpec extends Extensible {
  public String project;
  public ApplicationSource source;
  public List<ApplicationSource> sources;
  public ApplicationDestination destination;
  public SyncPolicy syncPolicy;
  public List<ResourceIgnoreDifferences> ignoreDifferences;
  public List<Info> info;
  public Long revisionHistoryLimit;
}
