package io.mooring.model;

/** Options for a plain directory of manifests. */
public class ApplicationSourceDirectory extends Extensible {
  public Boolean recurse;
  public String include;
  public String exclude;
}
