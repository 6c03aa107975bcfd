package io.mooring.engine.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/**
 * Deletes the fields a jq path expression selects ({@code del(EXPR)}), with compiled queries
 * cached.
 */
final class JqDeletion {
  private static final Scope ROOT = rootScope();
  private static final Cache<String, JsonQuery> COMPILED =
      Caffeine.newBuilder().maximumSize(1_000).build();

  private JqDeletion() {}

  private static Scope rootScope() {
    Scope scope = Scope.newEmptyScope();
    BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, scope);
    return scope;
  }

  /** Checks that {@code expression} compiles; throws with jq's message when it does not. */
  static void validate(String expression) {
    compile(expression);
  }

  /**
   * {@code object} without the fields {@code expression} selects; the object itself when the
   * expression does not apply to it (for example it iterates over a missing list).
   */
  static JsonNode delete(JsonNode object, String expression) {
    List<JsonNode> out = new ArrayList<>(1);
    try {
      compile(expression).apply(Scope.newChildScope(ROOT), object, out::add);
    } catch (JsonQueryException e) {
      return object;
    }
    return out.size() == 1 && out.get(0).isObject() ? out.get(0) : object;
  }

  private static JsonQuery compile(String expression) {
    return COMPILED.get(
        expression,
        e -> {
          try {
            return JsonQuery.compile("del(" + e + ")", Versions.JQ_1_6);
          } catch (JsonQueryException ex) {
            throw new IllegalArgumentException(
                "invalid jq path expression '" + e + "': " + ex.getMessage(), ex);
          }
        });
  }
}
