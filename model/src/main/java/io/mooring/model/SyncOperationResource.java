package io.mooring.model;

/** A resource selected for a partial sync. */
public class SyncOperationResource extends Extensible {
  public String group;
  public String kind;
  public String name;
  public String namespace;
}
