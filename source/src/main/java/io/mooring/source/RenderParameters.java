package io.mooring.source;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.model.ApplicationSource;
import io.mooring.model.ModelCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The digest of everything besides repository, commit and path that a render depends on: the
 * source's options, the app identity (it feeds the build environment) and the commits of any
 * referenced sources.
 */
final class RenderParameters {
  private RenderParameters() {}

  static String digest(AppIdentity app, ApplicationSource source, Map<String, String> refCommits) {
    ObjectNode tree = ModelCodec.jsonMapper().createObjectNode();
    tree.set("source", ModelCodec.toTree(source));
    tree.put("app", app.name());
    tree.put("namespace", app.namespace());
    tree.put("project", app.project());
    tree.set("refs", ModelCodec.jsonMapper().valueToTree(new TreeMap<>(refCommits)));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(tree.toString().getBytes(StandardCharsets.UTF_8)))
          .substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
