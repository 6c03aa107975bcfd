package io.mooring.model.selector;

/** How a requirement compares a label, as Kubernetes names the operators. */
public enum Operator {
  /** {@code key=value} or {@code key==value}. */
  EQUALS,
  /** {@code key!=value}: also true when the key is absent. */
  NOT_EQUALS,
  /** {@code key in (a,b)}. */
  IN,
  /** {@code key notin (a,b)}: also true when the key is absent. */
  NOT_IN,
  /** {@code key}. */
  EXISTS,
  /** {@code !key}. */
  DOES_NOT_EXIST
}
