package io.mooring.model;

import java.util.List;

/** A project role: RBAC policy lines, SSO groups and issued tokens. */
public class ProjectRole extends Extensible {
  public String name;
  public String description;
  public List<String> policies;
  public List<String> groups;
  public List<JwtToken> jwtTokens;
}
