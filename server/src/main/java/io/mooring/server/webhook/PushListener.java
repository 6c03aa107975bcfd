package io.mooring.server.webhook;

/**
 * Receives verified pushes from the webhook endpoint (the controller refreshes the matching
 * applications, see {@link PushMatcher}). Called on the request thread: hand work off quickly.
 */
@FunctionalInterface
public interface PushListener {
  /** A verified push arrived. */
  void onPush(PushEvent event);
}
