package io.mooring.server.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The recorded-style webhook payloads under src/test/resources/webhook. */
final class RecordedPayloads {
  private RecordedPayloads() {}

  static byte[] read(String name) {
    try (InputStream in = RecordedPayloads.class.getResourceAsStream("/webhook/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test payload webhook/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
