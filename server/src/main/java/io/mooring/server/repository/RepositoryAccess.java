package io.mooring.server.repository;

import io.mooring.source.credentials.RepoCredentials;

/**
 * What reaching a repository takes: its type ({@code git} or {@code helm}) and the credentials to
 * use ({@link RepoCredentials#toString()} hides their secrets).
 */
public record RepositoryAccess(String type, RepoCredentials credentials) {}
