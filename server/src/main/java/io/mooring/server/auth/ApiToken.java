package io.mooring.server.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An API token issued to an account, as Argo CD records it in argocd-secret (its claims, never the
 * token itself).
 *
 * @param id the token id
 * @param issuedAt issue time in epoch seconds
 * @param expiresAt expiry in epoch seconds, 0 for never
 */
public record ApiToken(
    @JsonProperty("id") String id,
    @JsonProperty("iat") long issuedAt,
    @JsonProperty("exp") long expiresAt) {}
