package io.mooring.model;

import java.util.List;

/** Helm rendering options of a source. */
public class ApplicationSourceHelm extends Extensible {
  public List<String> valueFiles;
  public String values;
  public Object valuesObject;
  public List<HelmParameter> parameters;
  public List<HelmFileParameter> fileParameters;
  public String releaseName;
  public String namespace;
  public Boolean skipCrds;
  public Boolean skipSchemaValidation;
  public String kubeVersion;
  public List<String> apiVersions;
  public Boolean passCredentials;
  public Boolean ignoreMissingValueFiles;
  public String version;
}
