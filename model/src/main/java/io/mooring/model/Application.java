package io.mooring.model;

/**
 * An Argo CD {@code argoproj.io/v1alpha1} Application: where manifests come from, where they go,
 * and how to sync them.
 */
public class Application extends Extensible {
  public String apiVersion;
  public String kind;
  public ObjectMeta metadata;
  public ApplicationSpec spec;
  public ApplicationStatus status;
  public Operation operation;
}
