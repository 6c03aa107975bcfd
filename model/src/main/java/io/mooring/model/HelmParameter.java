package io.mooring.model;

/** One Helm {@code --set} parameter. */
public class HelmParameter extends Extensible {
  public String name;
  public String value;
  public Boolean forceString;
}
