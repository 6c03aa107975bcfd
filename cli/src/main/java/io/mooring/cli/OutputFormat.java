package io.mooring.cli;

/** Output formats shared by commands that offer {@code -o}. */
public enum OutputFormat {
  text,
  json,
  yaml
}
