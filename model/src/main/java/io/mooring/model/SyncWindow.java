package io.mooring.model;

import java.util.List;

/** A time window in which syncs are allowed or denied. */
public class SyncWindow extends Extensible {
  public String kind;
  public String schedule;
  public String duration;
  public List<String> applications;
  public List<String> namespaces;
  public List<String> clusters;
  public Boolean manualSync;
  public String timeZone;
  public Boolean syncOverrun;
}
