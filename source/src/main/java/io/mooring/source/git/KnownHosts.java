package io.mooring.source.git;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;

/**
 * SSH host keys we trust, in OpenSSH {@code known_hosts} format (as Argo CD keeps them in {@code
 * argocd-ssh-known-hosts-cm}). A server whose key is not listed for its host is refused.
 */
public final class KnownHosts implements ServerKeyDatabase {
  private final List<KnownHostEntry> entries;

  private KnownHosts(List<KnownHostEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Trust nothing: every SSH server is refused unless the repository is marked insecure. */
  public static KnownHosts none() {
    return new KnownHosts(List.of());
  }

  /** Parses {@code known_hosts} text (comments and blank lines allowed). */
  public static KnownHosts parse(String text) {
    try {
      return new KnownHosts(KnownHostEntry.readKnownHostEntries(new StringReader(text), true));
    } catch (IOException e) {
      throw new UncheckedIOException("invalid known_hosts data: " + e.getMessage(), e);
    }
  }

  @Override
  public List<PublicKey> lookup(
      String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
    List<PublicKey> keys = new ArrayList<>();
    for (KnownHostEntry entry : entries) {
      if (matches(entry, connectAddress, remoteAddress)) {
        keys.add(publicKey(entry));
      }
    }
    return keys;
  }

  @Override
  public boolean accept(
      String connectAddress,
      InetSocketAddress remoteAddress,
      PublicKey serverKey,
      Configuration config,
      CredentialsProvider provider) {
    return lookup(connectAddress, remoteAddress, config).stream()
        .anyMatch(known -> known != null && KeyUtils.compareKeys(known, serverKey));
  }

  private static boolean matches(
      KnownHostEntry entry, String connectAddress, InetSocketAddress remoteAddress) {
    String host = hostOf(connectAddress);
    int port = remoteAddress.getPort();
    return entry.isHostMatch(host, port) || entry.isHostMatch(remoteAddress.getHostString(), port);
  }

  private static String hostOf(String connectAddress) {
    // connectAddress is "host" or "[host]:port"
    if (connectAddress.startsWith("[")) {
      return connectAddress.substring(1, connectAddress.indexOf(']'));
    }
    return connectAddress;
  }

  private static PublicKey publicKey(KnownHostEntry entry) {
    try {
      return entry.getKeyEntry().resolvePublicKey(null, null, PublicKeyEntryResolver.IGNORING);
    } catch (IOException | GeneralSecurityException e) {
      return null;
    }
  }

  /** A database that accepts every host key: used only for repositories marked insecure. */
  static ServerKeyDatabase acceptAll() {
    return new ServerKeyDatabase() {
      @Override
      public List<PublicKey> lookup(
          String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
        return List.of();
      }

      @Override
      public boolean accept(
          String connectAddress,
          InetSocketAddress remoteAddress,
          PublicKey serverKey,
          Configuration config,
          CredentialsProvider provider) {
        return true;
      }
    };
  }
}
