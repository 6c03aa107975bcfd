package io.mooring.server.http;

import io.javalin.http.Context;
import java.util.function.Function;

/**
 * How a route derives the RBAC object of a request (such as {@code <project>/<app>}) from the
 * request, with a description for route listings.
 */
public interface ObjectRef {
  /** The object this request acts on. */
  String resolve(Context ctx);

  /** How the object is derived, such as {@code <project>/<app>}. */
  String describe();

  /** An object derived by {@code resolver}, described as {@code description}. */
  static ObjectRef of(String description, Function<Context, String> resolver) {
    return new ObjectRef() {
      @Override
      public String resolve(Context ctx) {
        return resolver.apply(ctx);
      }

      @Override
      public String describe() {
        return description;
      }
    };
  }

  /** The path parameter {@code name}, described as {@code <name>}. */
  static ObjectRef pathParam(String name) {
    return of("<" + name + ">", ctx -> ctx.pathParam(name));
  }

  /** The same object for every request, such as {@code *}. */
  static ObjectRef literal(String object) {
    return of(object, ctx -> object);
  }
}
