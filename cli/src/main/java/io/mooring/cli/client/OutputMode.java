package io.mooring.cli.client;

/**
 * How a client command prints its result: a human table/summary, a wider one, or the raw object.
 */
public enum OutputMode {
  text,
  wide,
  json,
  yaml
}
