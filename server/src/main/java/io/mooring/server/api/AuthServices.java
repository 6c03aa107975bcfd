package io.mooring.server.api;

import io.mooring.server.ServerDependencies;
import io.mooring.server.ServerOptions;
import io.mooring.server.auth.AccountStore;
import io.mooring.server.auth.Authenticator;
import io.mooring.server.auth.InitialAdminPassword;
import io.mooring.server.auth.JwtIssuer;
import io.mooring.server.auth.LoginRateLimiter;
import io.mooring.server.auth.PasswordGenerator;
import io.mooring.server.auth.PasswordHasher;
import io.mooring.server.auth.SessionRevocations;
import io.mooring.server.auth.SigningKey;
import io.mooring.server.rbac.RbacEnforcer;
import java.security.SecureRandom;

/** The authentication and authorization objects of one server, built together. */
record AuthServices(
    AccountStore accounts,
    PasswordHasher hasher,
    SigningKey signingKey,
    JwtIssuer jwt,
    SessionRevocations revocations,
    LoginRateLimiter limiter,
    Authenticator authenticator,
    RbacEnforcer rbac,
    InitialAdminPassword initialAdmin) {

  static AuthServices create(ServerDependencies deps, ServerOptions options) {
    SecureRandom random = new SecureRandom();
    AccountStore accounts = new AccountStore(deps.settings());
    PasswordHasher hasher = new PasswordHasher();
    SigningKey key = new SigningKey(deps.settings(), random);
    JwtIssuer jwt = new JwtIssuer(key, deps.clock());
    SessionRevocations revocations = new SessionRevocations(deps.clock());
    return new AuthServices(
        accounts,
        hasher,
        key,
        jwt,
        revocations,
        new LoginRateLimiter(options.loginLimits(), deps.clock()),
        new Authenticator(
            new Authenticator.Parts(jwt, accounts, revocations, deps.settings(), deps.projects())),
        new RbacEnforcer(deps.settings(), deps.projects()),
        new InitialAdminPassword(
            deps.settings(), hasher, new PasswordGenerator(random), deps.clock()));
  }
}
