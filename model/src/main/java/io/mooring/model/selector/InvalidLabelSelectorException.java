package io.mooring.model.selector;

/** A label selector that does not parse; the message quotes the selector and says what is wrong. */
public final class InvalidLabelSelectorException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String selector;
  private final String reason;

  InvalidLabelSelectorException(String selector, String reason) {
    super(
        "invalid label selector '"
            + selector
            + "': "
            + reason
            + " (expected terms such as key=value, key!=value, key, !key, key in (a,b),"
            + " key notin (a,b), separated by commas)");
    this.selector = selector;
    this.reason = reason;
  }

  /** The selector as given. */
  public String selector() {
    return selector;
  }

  /** What is wrong with it, such as {@code 'te am' is not a label key}. */
  public String reason() {
    return reason;
  }
}
