package io.mooring.cli.client;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One saved server context: where the server is, how to reach it, and the session or API token used
 * for it (the token is only ever written to the 0600 config file, never printed).
 *
 * @param name the context name, by default the server address
 * @param server host[:port] or URL of the API server
 * @param user who logged in (for display)
 * @param token the bearer token, or null after logout
 * @param transport how to connect
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContextEntry(
    String name, String server, String user, String token, Transport transport) {

  /** How the CLI connects to a server. */
  public enum Transport {
    /** HTTPS, verifying the certificate. */
    https,
    /** HTTPS, accepting any certificate (--insecure). */
    https_insecure,
    /** Plain HTTP (--plaintext). */
    plaintext
  }

  /** This context without its token (after logout). */
  public ContextEntry withoutToken() {
    return new ContextEntry(name, server, user, null, transport);
  }

  /** This context with a new token (after a password change). */
  public ContextEntry withToken(String newToken) {
    return new ContextEntry(name, server, user, newToken, transport);
  }

  /** The base URL requests go to, e.g. {@code https://host:443}. */
  public String baseUrl() {
    String stripped = server.replaceFirst("^[a-zA-Z]+://", "").replaceAll("/+$", "");
    return (transport == Transport.plaintext ? "http://" : "https://") + stripped;
  }
}
