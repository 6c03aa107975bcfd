package io.mooring.server.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One API route: method, path, what it requires of the caller, and its handler. */
public record Route(HandlerType method, String path, Access access, Handler handler) {
  /** {@code GET path} requiring {@code access}. */
  public static Route get(String path, Access access, Handler handler) {
    return new Route(HandlerType.GET, path, access, handler);
  }

  /** {@code POST path} requiring {@code access}. */
  public static Route post(String path, Access access, Handler handler) {
    return new Route(HandlerType.POST, path, access, handler);
  }

  /** {@code PUT path} requiring {@code access}. */
  public static Route put(String path, Access access, Handler handler) {
    return new Route(HandlerType.PUT, path, access, handler);
  }

  /** {@code PATCH path} requiring {@code access}. */
  public static Route patch(String path, Access access, Handler handler) {
    return new Route(HandlerType.PATCH, path, access, handler);
  }

  /** {@code DELETE path} requiring {@code access}. */
  public static Route delete(String path, Access access, Handler handler) {
    return new Route(HandlerType.DELETE, path, access, handler);
  }

  /** {@code METHOD path -> access}, for listings and test names. */
  @Override
  public String toString() {
    return method + " " + path + " -> " + access.describe();
  }
}
