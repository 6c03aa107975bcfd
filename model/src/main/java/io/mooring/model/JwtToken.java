package io.mooring.model;

/** An issued project token (its claims, never the token itself). */
public class JwtToken extends Extensible {
  public Long iat;
  public Long exp;
  public String id;
}
