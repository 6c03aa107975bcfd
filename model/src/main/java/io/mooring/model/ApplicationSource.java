package io.mooring.model;

/**
 * Where an Application's manifests come from: a Git path or a Helm chart, and how to render them.
 */
public class ApplicationSource extends Extensible {
  public String repoURL;
  public String path;
  public String targetRevision;
  public String chart;
  public String ref;
  public String name;
  public ApplicationSourceHelm helm;
  public ApplicationSourceKustomize kustomize;
  public ApplicationSourceDirectory directory;
}
