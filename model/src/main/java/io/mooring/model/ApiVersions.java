package io.mooring.model;

/** The API group, version and kinds Mooring reads, exactly as Argo CD defines them. */
public final class ApiVersions {
  public static final String GROUP = "argoproj.io";
  public static final String V1ALPHA1 = GROUP + "/v1alpha1";
  public static final String APPLICATION = "Application";
  public static final String APP_PROJECT = "AppProject";

  private ApiVersions() {}
}
