package io.mooring.model;

/**
 * A group/kind pattern (optionally a name) in a project's allow or deny list; {@code *} matches
 * all.
 */
public class ResourceKind extends Extensible {
  public String group;
  public String kind;
  public String name;
}
