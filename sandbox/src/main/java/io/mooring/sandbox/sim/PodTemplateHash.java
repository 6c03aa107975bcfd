package io.mooring.sandbox.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The {@code pod-template-hash} of a pod template: a short, stable, DNS-safe name suffix that
 * changes whenever the template changes (FNV-1a over the template's canonical JSON).
 */
final class PodTemplateHash {
  private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
  private static final ObjectMapper CANONICAL =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private PodTemplateHash() {}

  static String of(PodTemplateSpec template) {
    try {
      Map<?, ?> asMap = CANONICAL.convertValue(template, Map.class);
      byte[] bytes = CANONICAL.writeValueAsString(asMap).getBytes(StandardCharsets.UTF_8);
      int hash = 0x811c9dc5;
      for (byte b : bytes) {
        hash ^= b & 0xff;
        hash *= 0x01000193;
      }
      String digits = Long.toString(hash & 0xffffffffL);
      StringBuilder encoded = new StringBuilder(digits.length());
      for (char c : digits.toCharArray()) {
        encoded.append(ALPHABET.charAt(c % ALPHABET.length()));
      }
      return encoded.toString();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot hash pod template: " + e.getMessage(), e);
    }
  }
}
