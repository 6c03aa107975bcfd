package io.mooring.model;

import java.util.List;

/** The spec the last comparison used. */
public class ComparedTo extends Extensible {
  public ApplicationSource source;
  public List<ApplicationSource> sources;
  public ApplicationDestination destination;
  public List<ResourceIgnoreDifferences> ignoreDifferences;
}
