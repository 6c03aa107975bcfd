package io.mooring.model;

/** How a failed sync is retried. */
public class RetryStrategy extends Extensible {
  public Long limit;
  public Backoff backoff;
  public Boolean refresh;
}
