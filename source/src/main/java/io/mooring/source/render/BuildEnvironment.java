package io.mooring.source.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build environment Argo CD gives a render ({@code ARGOCD_APP_NAME} and friends), and the
 * {@code $VAR} / {@code ${VAR}} substitution it applies to Helm parameters and values. Only these
 * variables are substituted; any other {@code $} text is left as written.
 */
public record BuildEnvironment(
    String appName,
    String appNamespace,
    String projectName,
    String revision,
    String sourcePath,
    String repoUrl,
    String targetRevision) {
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{(ARGOCD_APP_[A-Z_]+)}|\\$(ARGOCD_APP_[A-Z_]+)");

  /** The variables by name, as a tool's process environment would receive them. */
  public Map<String, String> variables() {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("ARGOCD_APP_NAME", nullToEmpty(appName));
    vars.put("ARGOCD_APP_NAMESPACE", nullToEmpty(appNamespace));
    vars.put("ARGOCD_APP_PROJECT_NAME", nullToEmpty(projectName));
    vars.put("ARGOCD_APP_REVISION", nullToEmpty(revision));
    vars.put(
        "ARGOCD_APP_REVISION_SHORT",
        revision != null && revision.length() > 7
            ? revision.substring(0, 7)
            : nullToEmpty(revision));
    vars.put("ARGOCD_APP_SOURCE_PATH", nullToEmpty(sourcePath));
    vars.put("ARGOCD_APP_SOURCE_REPO_URL", nullToEmpty(repoUrl));
    vars.put("ARGOCD_APP_SOURCE_TARGET_REVISION", nullToEmpty(targetRevision));
    return vars;
  }

  /** {@code text} with every known {@code $ARGOCD_APP_*} variable replaced by its value. */
  public String expand(String text) {
    if (text == null || text.indexOf('$') < 0) {
      return text;
    }
    Map<String, String> vars = variables();
    Matcher matcher = VARIABLE.matcher(text);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      String value = vars.get(name);
      matcher.appendReplacement(
          result, Matcher.quoteReplacement(value != null ? value : matcher.group()));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
