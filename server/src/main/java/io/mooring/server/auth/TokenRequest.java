package io.mooring.server.auth;

import java.time.Duration;
import java.util.Optional;

/**
 * What a new token says.
 *
 * @param subject {@code <account>:login}, {@code <account>:apiKey} or {@code proj:<p>:<role>}
 * @param id the token id ({@code jti})
 * @param lifetime how long it is valid; absent for a token that never expires
 */
public record TokenRequest(String subject, String id, Optional<Duration> lifetime) {}
