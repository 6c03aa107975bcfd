package io.mooring.model;

/**
 * The cluster (by {@code server} URL or by {@code name}) and namespace an Application deploys to.
 */
public class ApplicationDestination extends Extensible {
  public String server;
  public String name;
  public String namespace;
}
