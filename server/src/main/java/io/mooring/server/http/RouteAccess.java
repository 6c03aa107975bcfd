package io.mooring.server.http;

import io.javalin.router.EndpointMetadata;

/** A route's declared {@link Access}, attached to its Javalin endpoint as metadata. */
public record RouteAccess(Access access) implements EndpointMetadata {}
