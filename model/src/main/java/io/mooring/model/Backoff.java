package io.mooring.model;

/** Retry backoff: durations such as {@code 5s} or {@code 3m}. */
public class Backoff extends Extensible {
  public String duration;
  public Long factor;
  public String maxDuration;
}
