package io.mooring.server.project;

import io.mooring.model.AppProject;
import io.mooring.model.JwtToken;
import io.mooring.model.ModelCodec;
import io.mooring.model.ProjectRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tokens issued for project roles, kept where Argo CD keeps them: in {@code
 * spec.roles[].jwtTokens} and in {@code status.jwtTokensByRole.<role>.items} (each {@code {iat,
 * exp, id}}), the two lists merged by id and kept equal, newest first. Pure: every change returns a
 * copy.
 */
public final class ProjectTokens {
  private static final String BY_ROLE = "jwtTokensByRole";

  private ProjectTokens() {}

  /**
   * An issued token's claims.
   *
   * @param iat when it was issued (epoch seconds)
   * @param exp when it expires (epoch seconds), 0 for never
   * @param id its id ({@code jti}); Argo CD uses the iat as id for tokens that had none
   */
  public record Token(long iat, long exp, String id) {
    static Token of(JwtToken token) {
      long iat = token.iat == null ? 0 : token.iat;
      String id = token.id == null || token.id.isEmpty() ? Long.toString(iat) : token.id;
      return new Token(iat, token.exp == null ? 0 : token.exp, id);
    }

    JwtToken toModel() {
      JwtToken token = new JwtToken();
      token.iat = iat;
      token.exp = exp == 0 ? null : exp;
      token.id = id;
      return token;
    }

    Map<String, Object> toStatus() {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("iat", iat);
      if (exp != 0) {
        item.put("exp", exp);
      }
      item.put("id", id);
      return item;
    }
  }

  /** The role named {@code role}, if the project has it. */
  public static Optional<ProjectRole> role(AppProject project, String role) {
    if (project.spec == null || project.spec.roles == null) {
      return Optional.empty();
    }
    return project.spec.roles.stream().filter(r -> role.equals(r.name)).findFirst();
  }

  /** The tokens of {@code role}: those in its spec and in the status, merged, newest first. */
  public static List<Token> of(AppProject project, String role) {
    Map<String, Token> byId = new LinkedHashMap<>();
    statusItems(project, role).forEach(token -> byId.put(token.id(), token));
    role(project, role)
        .map(r -> r.jwtTokens == null ? List.<JwtToken>of() : r.jwtTokens)
        .orElse(List.of())
        .forEach(token -> byId.put(Token.of(token).id(), Token.of(token)));
    List<Token> tokens = new ArrayList<>(byId.values());
    tokens.sort(Comparator.comparingLong(Token::iat).reversed());
    return tokens;
  }

  /** A copy of {@code project} whose role {@code role} also lists {@code token}. */
  public static AppProject withToken(AppProject project, String role, Token token) {
    List<Token> tokens = new ArrayList<>(of(project, role));
    tokens.removeIf(t -> t.id().equals(token.id()));
    tokens.add(token);
    return withTokens(project, role, tokens);
  }

  /**
   * A copy of {@code project} whose role {@code role} no longer lists the token with id {@code id}
   * (when given) or else issued at {@code iat}.
   */
  public static AppProject withoutToken(AppProject project, String role, long iat, String id) {
    List<Token> tokens = new ArrayList<>(of(project, role));
    tokens.removeIf(t -> id.isEmpty() ? t.iat() == iat : t.id().equals(id));
    return withTokens(project, role, tokens);
  }

  /**
   * A copy of {@code project} with spec and status listing the same tokens for every role, and no
   * status entries for roles that no longer exist.
   */
  public static AppProject normalized(AppProject project) {
    AppProject copy = ModelCodec.copy(project);
    if (copy.spec == null || copy.spec.roles == null) {
      if (copy.status != null) {
        copy.status.remove(BY_ROLE);
      }
      return copy;
    }
    Map<String, Object> byRole = new LinkedHashMap<>();
    for (ProjectRole role : copy.spec.roles) {
      List<Token> tokens = of(project, role.name);
      role.jwtTokens = tokens.isEmpty() ? null : tokens.stream().map(Token::toModel).toList();
      if (!tokens.isEmpty()) {
        byRole.put(role.name, Map.of("items", tokens.stream().map(Token::toStatus).toList()));
      }
    }
    if (copy.status == null) {
      copy.status = new LinkedHashMap<>();
    }
    if (byRole.isEmpty()) {
      copy.status.remove(BY_ROLE);
    } else {
      copy.status.put(BY_ROLE, byRole);
    }
    if (copy.status.isEmpty()) {
      copy.status = null;
    }
    return copy;
  }

  private static AppProject withTokens(AppProject project, String role, List<Token> tokens) {
    AppProject copy = ModelCodec.copy(project);
    role(copy, role).ifPresent(r -> r.jwtTokens = tokens.stream().map(Token::toModel).toList());
    if (copy.status != null && copy.status.get(BY_ROLE) instanceof Map<?, ?> byRole) {
      Map<String, Object> rest = new LinkedHashMap<>();
      byRole.forEach((k, v) -> rest.put(String.valueOf(k), v));
      rest.remove(role);
      copy.status.put(BY_ROLE, rest);
    }
    return normalized(copy);
  }

  private static List<Token> statusItems(AppProject project, String role) {
    if (project.status == null
        || !(project.status.get(BY_ROLE) instanceof Map<?, ?> byRole)
        || !(byRole.get(role) instanceof Map<?, ?> entry)
        || !(entry.get("items") instanceof List<?> items)) {
      return List.of();
    }
    List<Token> tokens = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Map<?, ?> fields) {
        JwtToken token = ModelCodec.jsonMapper().convertValue(fields, JwtToken.class);
        tokens.add(Token.of(token));
      }
    }
    return tokens;
  }
}
