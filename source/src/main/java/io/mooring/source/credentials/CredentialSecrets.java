package io.mooring.source.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Argo CD repository Secrets from YAML (one or more documents, or a {@code List}): those
 * labelled {@code argocd.argoproj.io/secret-type: repository} or {@code repo-creds}, with values in
 * {@code stringData} or base64 {@code data}. Errors never echo secret values.
 */
public final class CredentialSecrets {
  /** The label that marks a Secret as Argo CD repository configuration. */
  public static final String SECRET_TYPE_LABEL = "argocd.argoproj.io/secret-type";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private CredentialSecrets() {}

  /** A credential store from the Secrets in {@code yaml}; {@code source} names the file. */
  public static RepoCredentialStore read(String source, String yaml) {
    List<Map<String, String>> repositories = new ArrayList<>();
    List<Map<String, String>> templates = new ArrayList<>();
    int index = 0;
    try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      while (documents.hasNext()) {
        JsonNode document = documents.next();
        for (JsonNode secret :
            document.path("kind").asText().equals("List")
                ? document.path("items")
                : List.of(document)) {
          String type = secret.path("metadata").path("labels").path(SECRET_TYPE_LABEL).asText("");
          if (type.equals("repository")) {
            repositories.add(data(source, index, secret));
          } else if (type.equals("repo-creds")) {
            templates.add(data(source, index, secret));
          }
        }
        index++;
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          source + ": document " + index + ": not valid Secret YAML", null);
    }
    return RepoCredentialStore.fromSecretData(repositories, templates);
  }

  private static Map<String, String> data(String source, int index, JsonNode secret) {
    Map<String, String> values = new LinkedHashMap<>();
    secret
        .path("data")
        .fields()
        .forEachRemaining(
            field -> {
              try {
                values.put(
                    field.getKey(),
                    new String(
                        Base64.getMimeDecoder().decode(field.getValue().asText()),
                        StandardCharsets.UTF_8));
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                    source + ": document " + index + ": data." + field.getKey() + " is not base64");
              }
            });
    secret
        .path("stringData")
        .fields()
        .forEachRemaining(f -> values.put(f.getKey(), f.getValue().asText()));
    return values;
  }
}
