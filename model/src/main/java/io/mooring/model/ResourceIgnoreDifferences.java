package io.mooring.model;

import java.util.List;

/** Differences to ignore on matching resources. */
public class ResourceIgnoreDifferences extends Extensible {
  public String group;
  public String kind;
  public String name;
  public String namespace;
  public List<String> jsonPointers;
  public List<String> jqPathExpressions;
  public List<String> managedFieldsManagers;
}
