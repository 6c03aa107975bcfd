package io.mooring.model.validation;

import java.util.regex.Pattern;

/** Kubernetes naming rules (DNS-1123). */
final class KubernetesNames {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private KubernetesNames() {}

  /** Null when {@code name} is a valid DNS-1123 subdomain (object names), else why not. */
  static String subdomainError(String name) {
    if (name.length() > 253) {
      return "must be at most 253 characters (has " + name.length() + ")";
    }
    if (!SUBDOMAIN.matcher(name).matches()) {
      return "'"
          + name
          + "' is not a valid DNS-1123 subdomain: use lower-case letters, digits, '-' and '.',"
          + " starting and ending with a letter or digit";
    }
    return null;
  }

  /** Null when {@code name} is a valid DNS-1123 label (namespace names), else why not. */
  static String labelError(String name) {
    if (name.length() > 63) {
      return "must be at most 63 characters (has " + name.length() + ")";
    }
    if (!LABEL.matcher(name).matches()) {
      return "'"
          + name
          + "' is not a valid DNS-1123 label: use lower-case letters, digits and '-',"
          + " starting and ending with a letter or digit";
    }
    return null;
  }
}
