package io.mooring.server.http;

/**
 * What a route requires of its caller, declared with the route and enforced for every request by
 * the access gate. RBAC requirements name Argo CD's resource and action and how the object is
 * derived from the request.
 */
public sealed interface Access {
  /** A one-line description such as {@code applications, get, <project>/<app>}. */
  String describe();

  /** Answers without a token (login, version, health, webhooks). */
  record Public() implements Access {
    @Override
    public String describe() {
      return "public";
    }
  }

  /** Any authenticated caller (or the anonymous user, when anonymous access is enabled). */
  record Authenticated() implements Access {
    @Override
    public String describe() {
      return "authenticated";
    }
  }

  /** RBAC: the caller must be allowed {@code action} on {@code resource} for the object. */
  record Rbac(String resource, String action, ObjectRef object) implements Access {
    @Override
    public String describe() {
      return resource + ", " + action + ", " + object.describe();
    }
  }

  /**
   * A local account acting on itself, or RBAC {@code resource, action} on the account named by
   * {@code account}.
   */
  record SelfOrRbac(String resource, String action, ObjectRef account) implements Access {
    @Override
    public String describe() {
      return "self, or " + resource + ", " + action + ", " + account.describe();
    }
  }

  /**
   * Any authenticated caller; the handler lists only the items the caller may {@code action} on
   * {@code resource}.
   */
  record Filtered(String resource, String action) implements Access {
    @Override
    public String describe() {
      return resource + ", " + action + ", per item";
    }
  }

  /** See {@link Public}. */
  static Access publicRoute() {
    return new Public();
  }

  /** See {@link Authenticated}. */
  static Access authenticated() {
    return new Authenticated();
  }

  /** See {@link Rbac}. */
  static Access rbac(String resource, String action, ObjectRef object) {
    return new Rbac(resource, action, object);
  }

  /** See {@link SelfOrRbac}. */
  static Access selfOr(String resource, String action, ObjectRef account) {
    return new SelfOrRbac(resource, action, account);
  }

  /** See {@link Filtered}. */
  static Access filtered(String resource, String action) {
    return new Filtered(resource, action);
  }
}
