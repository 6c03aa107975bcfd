package io.mooring.server;

import io.mooring.server.tls.SelfSignedCertificate;
import io.mooring.server.tls.TlsMaterial;
import java.time.Clock;
import java.util.List;

/** How the server listens: HTTPS with a certificate, or plain HTTP ({@code --insecure}). */
public sealed interface Transport {
  /** Plain HTTP, for local use. */
  record Plain() implements Transport {}

  /** HTTPS with {@code material}. */
  record Tls(TlsMaterial material) implements Transport {}

  /** Plain HTTP. */
  static Transport plain() {
    return new Plain();
  }

  /** HTTPS with the given certificate and key. */
  static Transport tls(TlsMaterial material) {
    return new Tls(material);
  }

  /** HTTPS with a freshly generated self-signed certificate for {@code hostnames}. */
  static Transport selfSigned(List<String> hostnames, Clock clock) {
    return new Tls(SelfSignedCertificate.generate(hostnames, clock));
  }
}
