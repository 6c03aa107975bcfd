package io.mooring.sandbox.sim;

/** One simulated controller: brings one object's world closer to what it asks for. */
interface Reconciler {
  /** Looks at the object now (it may be gone) and makes at most a few writes. */
  void reconcile(ObjectKey key);
}
