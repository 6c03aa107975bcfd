package io.mooring.model;

/** One managed resource as the last comparison saw it. */
public class ResourceStatus extends Extensible {
  public String group;
  public String version;
  public String kind;
  public String namespace;
  public String name;
  public String status;
  public HealthStatus health;
  public Boolean hook;
  public Boolean requiresPruning;
  public Long syncWave;
}
