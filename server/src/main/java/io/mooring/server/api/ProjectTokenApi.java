package io.mooring.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.mooring.model.AppProject;
import io.mooring.model.ModelCodec;
import io.mooring.server.auth.JwtIssuer;
import io.mooring.server.auth.TokenRequest;
import io.mooring.server.auth.VerifiedToken;
import io.mooring.server.catalog.ProjectWriter;
import io.mooring.server.http.ApiException;
import io.mooring.server.http.ErrorCode;
import io.mooring.server.http.Json;
import io.mooring.server.project.ProjectTokens;
import io.mooring.server.project.ProjectTokens.Token;
import io.mooring.server.rbac.ProjectRolePolicies;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Project role tokens ({@code /api/v1/projects/{project}/roles/{role}/token}): a JWT with subject
 * {@code proj:<project>:<role>}, recorded in the role ({@code spec.roles[].jwtTokens} and {@code
 * status.jwtTokensByRole}) so that the authenticator accepts it only while it is listed there.
 * Writes are retried when the project changed meanwhile.
 */
final class ProjectTokenApi {
  private static final int ATTEMPTS = 5;
  private final ProjectWriter writer;
  private final JwtIssuer jwt;

  ProjectTokenApi(ProjectWriter writer, JwtIssuer jwt) {
    this.writer = writer;
    this.jwt = jwt;
  }

  /**
   * {@code POST …/token {expiresIn, id, description}} → {@code {token}}: {@code expiresIn} in
   * seconds, 0 or absent for a token that never expires; {@code id} defaults to a random UUID and
   * must not be used already.
   */
  void create(Context ctx) {
    String projectName = ctx.pathParam("project");
    String role = ctx.pathParam("role");
    JsonNode body = ctx.body().isBlank() ? Json.empty() : Json.objectBody(ctx);
    JsonNode expiresField = body.path("expiresIn");
    if (!expiresField.isMissingNode()
        && !expiresField.isNull()
        && !(expiresField.canConvertToLong() && expiresField.asLong() >= 0)) {
      throw ApiException.invalid("field 'expiresIn' must be 0 (never) or a number of seconds");
    }
    long expiresIn = expiresField.asLong(0);
    String requestedId = Json.optionalText(body, "id");
    AppProject project = roleOf(existing(projectName), projectName, role);
    if (!requestedId.isEmpty()
        && ProjectTokens.of(project, role).stream().anyMatch(t -> t.id().equals(requestedId))) {
      throw ApiException.invalid("Token id '" + requestedId + "' has been used.");
    }
    String id = requestedId.isEmpty() ? UUID.randomUUID().toString() : requestedId;
    String token =
        jwt.issue(
            new TokenRequest(
                ProjectRolePolicies.subject(projectName, role),
                id,
                expiresIn == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(expiresIn))));
    VerifiedToken claims = jwt.verify(token).orElseThrow();
    Token recorded =
        new Token(
            claims.issuedAt().getEpochSecond(),
            claims.expiresAt().map(Instant::getEpochSecond).orElse(0L),
            id);
    write(
        projectName,
        current -> ProjectTokens.withToken(roleOf(current, projectName, role), role, recorded));
    Json.ok(ctx, Map.of("token", token));
  }

  /**
   * {@code DELETE …/token/{iat}[?id=]}: forgets the token with that id (or, without one, issued at
   * {@code iat}), so it is refused from now on. Nothing to forget is not an error, as in Argo CD.
   */
  void delete(Context ctx) {
    String projectName = ctx.pathParam("project");
    String role = ctx.pathParam("role");
    long iat;
    try {
      iat = Long.parseLong(ctx.pathParam("iat"));
    } catch (NumberFormatException e) {
      throw ApiException.invalid(
          "'" + ctx.pathParam("iat") + "' is not a token's iat (epoch seconds)");
    }
    String id = Optional.ofNullable(ctx.queryParam("id")).orElse("");
    AppProject project = existing(projectName);
    if (ProjectTokens.role(project, role).isPresent()) {
      write(projectName, current -> ProjectTokens.withoutToken(current, role, iat, id));
    }
    Json.ok(ctx, Map.of());
  }

  private void write(String projectName, UnaryOperator<AppProject> change) {
    for (int attempt = 1; ; attempt++) {
      AppProject current = existing(projectName);
      AppProject changed = change.apply(current);
      if (ModelCodec.toTree(current).equals(ModelCodec.toTree(changed))) {
        return;
      }
      try {
        writer.update(changed);
        return;
      } catch (ApiException e) {
        if (e.code() != ErrorCode.ALREADY_EXISTS || attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private AppProject existing(String name) {
    return writer
        .current(name)
        .orElseThrow(() -> ApiException.notFound("project '" + name + "' not found"));
  }

  private static AppProject roleOf(AppProject project, String projectName, String role) {
    if (ProjectTokens.role(project, role).isEmpty()) {
      throw ApiException.notFound(
          "project '" + projectName + "' does not have role '" + role + "'");
    }
    return project;
  }
}
