package io.mooring.model;

/**
 * A replica count override for one workload; {@code count} is an int or a string, as in Argo CD.
 */
public class KustomizeReplica extends Extensible {
  public String name;
  public Object count;
}
