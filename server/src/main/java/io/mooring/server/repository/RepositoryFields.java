package io.mooring.server.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.model.ModelCodec;
import io.mooring.server.http.ApiException;
import io.mooring.source.credentials.RepoCredentials;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Argo CD's repository and credential-template fields, between their JSON shape in the API ({@code
 * repo} or {@code url}, username, password, sshPrivateKey, insecure, …) and the data keys of their
 * Secret (the same names, with {@code url} for the URL). Requests are checked field by field; views
 * leave out every secret (password, sshPrivateKey, tlsClientCertKey, githubAppPrivateKey,
 * gcpServiceAccountKey, bearerToken). Pure.
 */
public final class RepositoryFields {
  /** What a request describes. */
  public enum Kind {
    /** A repository: its URL is the JSON field {@code repo}. */
    REPOSITORY("repo", "repository"),
    /** A credential template: its URL is the JSON field {@code url}. */
    TEMPLATE("url", "repository credentials");

    private final String urlField;
    private final String what;

    Kind(String urlField, String what) {
      this.urlField = urlField;
      this.what = what;
    }

    /** The JSON field holding the URL. */
    public String urlField() {
      return urlField;
    }

    /** How messages name it. */
    public String what() {
      return what;
    }
  }

  /** The data key of the URL. */
  public static final String URL = "url";

  private static final Set<String> SECRETS =
      Set.of(
          "password",
          "sshPrivateKey",
          "tlsClientCertKey",
          "githubAppPrivateKey",
          "gcpServiceAccountKey",
          "bearerToken");
  private static final List<String> SHOWN_TEXT =
      List.of("name", "username", "project", "proxy", "noProxy", "githubAppEnterpriseBaseUrl");
  private static final Set<String> TEXT =
      Set.of(
          "type",
          "name",
          "username",
          "project",
          "proxy",
          "noProxy",
          "githubAppEnterpriseBaseUrl",
          "tlsClientCertData");
  private static final List<String> FLAGS =
      List.of(
          "insecure",
          "insecureIgnoreHostKey",
          "enableLfs",
          "enableOCI",
          "forceHttpBasicAuth",
          "useAzureWorkloadIdentity",
          "insecureOCIForceHttp");
  private static final List<String> NUMBERS = List.of("githubAppID", "githubAppInstallationID");
  private static final Set<String> READ_ONLY = Set.of("connectionState", "inheritedCreds");
  private static final Set<String> CREDENTIALS =
      Set.of("username", "password", "sshPrivateKey", "tlsClientCertData", "githubAppPrivateKey");
  private static final Pattern SCP_LIKE = Pattern.compile("^[^@\\s/]+@[^:\\s/]+:\\S+$");

  private RepositoryFields() {}

  /**
   * The Secret data a request body describes; 400 naming the field when one is unknown, of the
   * wrong type, or the URL is missing or malformed.
   */
  public static Map<String, String> fromJson(JsonNode body, Kind kind) {
    Map<String, String> data = new LinkedHashMap<>();
    var fields = body.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (value.isNull() || READ_ONLY.contains(name)) {
        continue;
      }
      if (name.equals(kind.urlField())) {
        data.put(URL, text(name, value).trim());
      } else if (SECRETS.contains(name) || TEXT.contains(name)) {
        String text = text(name, value);
        if (!text.isEmpty()) {
          data.put(name, text);
        }
      } else if (FLAGS.contains(name)) {
        if (!value.isBoolean()) {
          throw ApiException.invalid("field '" + name + "' must be true or false");
        }
        if (value.asBoolean()) {
          data.put(name, "true");
        }
      } else if (NUMBERS.contains(name)) {
        if (!value.canConvertToLong() || !value.isIntegralNumber()) {
          throw ApiException.invalid("field '" + name + "' must be a whole number");
        }
        if (value.asLong() != 0) {
          data.put(name, Long.toString(value.asLong()));
        }
      } else {
        throw ApiException.invalid("field '" + name + "' is not a field of " + kind.what());
      }
    }
    checkUrl(data.get(URL), kind);
    checkType(data.get("type"), kind);
    if (data.containsKey("enableOCI")) {
      throw ApiException.invalid("field 'enableOCI': OCI repositories are not supported yet");
    }
    return data;
  }

  /** The JSON view of Secret {@code data}, without any secret value. */
  public static ObjectNode view(Map<String, String> data, Kind kind) {
    ObjectNode view = ModelCodec.jsonMapper().createObjectNode();
    view.put(kind.urlField(), data.getOrDefault(URL, ""));
    if (kind == Kind.REPOSITORY || data.containsKey("type")) {
      view.put("type", type(data));
    }
    for (String name : SHOWN_TEXT) {
      String value = data.get(name);
      if (value != null && !value.isEmpty()) {
        view.put(name, value);
      }
    }
    if (flag(data, "insecure") || flag(data, "insecureIgnoreHostKey")) {
      view.put("insecure", true);
    }
    for (String name : FLAGS) {
      if (!name.startsWith("insecure") && flag(data, name)) {
        view.put(name, true);
      }
    }
    for (String name : NUMBERS) {
      String value = data.get(name);
      if (value != null && value.matches("\\d+")) {
        view.put(name, Long.parseLong(value));
      }
    }
    return view;
  }

  /** The repository type: {@code git} (the default) or {@code helm}. */
  public static String type(Map<String, String> data) {
    String type = data.getOrDefault("type", "");
    return type.isBlank() ? "git" : type;
  }

  /** Whether {@code data} carries credentials of its own (as Argo CD's HasCredentials). */
  public static boolean hasCredentials(Map<String, String> data) {
    return CREDENTIALS.stream().anyMatch(key -> !data.getOrDefault(key, "").isBlank());
  }

  /**
   * {@code data} with the credentials of {@code template} copied in (its own URL and flags stay).
   */
  public static Map<String, String> inheriting(
      Map<String, String> data, Map<String, String> template) {
    Map<String, String> merged = new LinkedHashMap<>(data);
    for (String key :
        List.of(
            "username",
            "password",
            "sshPrivateKey",
            "tlsClientCertData",
            "tlsClientCertKey",
            "githubAppPrivateKey",
            "githubAppID",
            "githubAppInstallationID",
            "githubAppEnterpriseBaseUrl",
            "gcpServiceAccountKey",
            "bearerToken",
            "proxy",
            "noProxy")) {
      String value = template.get(key);
      if (value != null && !merged.containsKey(key)) {
        merged.put(key, value);
      }
    }
    return merged;
  }

  /** The credentials {@code data} gives for reaching its repository. */
  public static RepoCredentials credentials(Map<String, String> data) {
    return new RepoCredentials(
        data.getOrDefault(URL, ""),
        blankToNull(data.get("username")),
        blankToNull(data.get("password")),
        blankToNull(data.get("sshPrivateKey")),
        flag(data, "insecure") || flag(data, "insecureIgnoreHostKey"));
  }

  /** Every secret value of {@code data}, to keep them out of messages. */
  public static List<String> secretValues(Map<String, String> data) {
    return SECRETS.stream().map(data::get).filter(v -> v != null && !v.isBlank()).toList();
  }

  private static boolean flag(Map<String, String> data, String name) {
    return Boolean.parseBoolean(data.getOrDefault(name, "false").trim());
  }

  private static String text(String name, JsonNode value) {
    if (!value.isTextual()) {
      throw ApiException.invalid("field '" + name + "' must be a string");
    }
    return value.asText();
  }

  private static void checkUrl(String url, Kind kind) {
    String field = "field '" + kind.urlField() + "'";
    if (url == null || url.isBlank()) {
      throw ApiException.invalid(field + " is required: the URL of the " + kind.what());
    }
    if (url.chars().anyMatch(Character::isWhitespace)) {
      throw ApiException.invalid(field + " must not contain white space");
    }
    if (SCP_LIKE.matcher(url).matches()) {
      return;
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(field + " is not a URL such as https://host/org/repo.git");
    }
    if (uri.getScheme() == null || (uri.getHost() == null && !"file".equals(uri.getScheme()))) {
      if (kind == Kind.TEMPLATE && uri.getScheme() != null) {
        return;
      }
      throw ApiException.invalid(
          field + " is not a URL such as https://host/org/repo.git or git@host:org/repo.git");
    }
    if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
      throw ApiException.invalid(
          field + " holds a password: give it in 'password' instead, where it is kept secret");
    }
  }

  private static void checkType(String type, Kind kind) {
    if (type != null && !type.equals("git") && !type.equals("helm")) {
      throw ApiException.invalid(
          "field 'type' is '" + type + "'; " + kind.what() + " type must be git or helm");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
