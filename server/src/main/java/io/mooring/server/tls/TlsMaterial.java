package io.mooring.server.tls;

import java.security.KeyStore;

/**
 * A server certificate and its private key, in a key store under {@code alias}.
 *
 * @param keyStore holds the key entry
 * @param password the key store's and the key's password
 * @param alias the entry's alias
 */
public record TlsMaterial(KeyStore keyStore, char[] password, String alias) {}
