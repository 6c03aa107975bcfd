package io.mooring.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Issues and verifies HS256 JWTs with issuer {@code argocd}, signed with the current {@link
 * SigningKey}. Expiry and not-before are checked against the injected clock.
 */
public final class JwtIssuer {
  /** The issuer claim, as Argo CD writes it. */
  public static final String ISSUER = "argocd";

  private final SigningKey key;
  private final Clock clock;

  public JwtIssuer(SigningKey key, Clock clock) {
    this.key = key;
    this.clock = clock;
  }

  /** A signed token for {@code request}, issued now. */
  public String issue(TokenRequest request) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(request.subject())
            .jwtID(request.id())
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now));
    request.lifetime().ifPresent(ttl -> claims.expirationTime(Date.from(now.plus(ttl))));
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
    try {
      jwt.sign(new MACSigner(key.current()));
    } catch (JOSEException e) {
      throw new IllegalStateException("token cannot be signed: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }

  /** The claims of {@code token}, or empty when it is malformed, forged, expired or not ours. */
  public Optional<VerifiedToken> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new MACVerifier(key.current()))) {
        return Optional.empty();
      }
      return claims(jwt.getJWTClaimsSet());
    } catch (ParseException | JOSEException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private Optional<VerifiedToken> claims(JWTClaimsSet claims) throws ParseException {
    Instant now = clock.instant();
    Date expiry = claims.getExpirationTime();
    Date notBefore = claims.getNotBeforeTime();
    if (!ISSUER.equals(claims.getIssuer())
        || claims.getSubject() == null
        || claims.getIssueTime() == null
        || (expiry != null && !now.isBefore(expiry.toInstant()))
        || (notBefore != null && now.isBefore(notBefore.toInstant()))) {
      return Optional.empty();
    }
    List<String> groups = claims.getStringListClaim("groups");
    return Optional.of(
        new VerifiedToken(
            claims.getSubject(),
            claims.getJWTID() == null ? "" : claims.getJWTID(),
            claims.getIssueTime().toInstant(),
            Optional.ofNullable(expiry).map(Date::toInstant),
            groups == null ? List.of() : groups));
  }
}
