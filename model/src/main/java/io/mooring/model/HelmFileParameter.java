package io.mooring.model;

/** One Helm {@code --set-file} parameter. */
public class HelmFileParameter extends Extensible {
  public String name;
  public String path;
}
