package io.mooring.model;

import java.util.List;
import java.util.Map;

/** Kustomize overrides applied on top of the user's kustomization. */
public class ApplicationSourceKustomize extends Extensible {
  public String namePrefix;
  public String nameSuffix;
  public List<String> images;
  public Map<String, String> commonLabels;
  public Map<String, String> commonAnnotations;
  public Boolean forceCommonLabels;
  public Boolean forceCommonAnnotations;
  public String namespace;
  public List<KustomizeReplica> replicas;
  public List<String> components;
  public List<Object> patches;
  public String kubeVersion;
  public List<String> apiVersions;
  public String version;
}
