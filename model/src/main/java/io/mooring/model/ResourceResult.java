package io.mooring.model;

/** What a sync did to one resource. */
public class ResourceResult extends Extensible {
  public String group;
  public String version;
  public String kind;
  public String namespace;
  public String name;
  public String status;
  public String message;
  public String hookType;
  public String hookPhase;
  public String syncPhase;
  public Long syncWave;
}
