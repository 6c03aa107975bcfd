package io.mooring.server.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Generates the self-signed certificate the server uses when none is given (as Argo CD does): an EC
 * P-256 key, valid for a year, for {@code localhost}, {@code 127.0.0.1} and the given names.
 */
public final class SelfSignedCertificate {
  private static final String ALIAS = "mooring-server";
  private static final Duration VALIDITY = Duration.ofDays(365);

  private SelfSignedCertificate() {}

  /** A new key and certificate for {@code hostnames} (plus localhost and 127.0.0.1). */
  public static TlsMaterial generate(List<String> hostnames, Clock clock) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(256, new SecureRandom());
      KeyPair keys = generator.generateKeyPair();
      X509Certificate certificate = sign(keys, hostnames, clock.instant());
      char[] password = randomPassword();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(ALIAS, keys.getPrivate(), password, new X509Certificate[] {certificate});
      return new TlsMaterial(store, password, ALIAS);
    } catch (GeneralSecurityException | java.io.IOException | OperatorCreationException e) {
      throw new IllegalStateException("cannot generate a self-signed certificate: " + e, e);
    }
  }

  private static X509Certificate sign(KeyPair keys, List<String> hostnames, Instant now)
      throws GeneralSecurityException, OperatorCreationException, java.io.IOException {
    X500Name subject = new X500Name("CN=mooring-server,O=Mooring");
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            new BigInteger(64, new SecureRandom()),
            Date.from(now.minus(Duration.ofMinutes(5))),
            Date.from(now.plus(VALIDITY)),
            subject,
            keys.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    builder.addExtension(
        Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
    builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames(hostnames));
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
  }

  private static GeneralNames alternativeNames(List<String> hostnames) {
    List<GeneralName> names = new ArrayList<>();
    names.add(new GeneralName(GeneralName.dNSName, "localhost"));
    names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
    for (String hostname : hostnames) {
      names.add(new GeneralName(GeneralName.dNSName, hostname));
    }
    return new GeneralNames(names.toArray(GeneralName[]::new));
  }

  private static char[] randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return java.util.Base64.getEncoder().encodeToString(bytes).toCharArray();
  }
}
