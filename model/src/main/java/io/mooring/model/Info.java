package io.mooring.model;

/** A name/value pair shown with the Application. */
public class Info extends Extensible {
  public String name;
  public String value;
}
