package io.mooring.kube.event;

/** The two types of Kubernetes Event. */
public enum EventType {
  NORMAL("Normal"),
  WARNING("Warning");

  private final String apiValue;

  EventType(String apiValue) {
    this.apiValue = apiValue;
  }

  public String apiValue() {
    return apiValue;
  }
}
