package io.mooring.model;

import java.util.Map;

/**
 * An Argo CD {@code argoproj.io/v1alpha1} AppProject: what a group of Applications may deploy,
 * where, and when.
 */
public class AppProject extends Extensible {
  public String apiVersion;
  public String kind;
  public ObjectMeta metadata;
  public AppProjectSpec spec;
  public Map<String, Object> status;
}
