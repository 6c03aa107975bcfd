package io.mooring.model;

import java.util.List;

/** Summary facts about the deployed resources. */
public class ApplicationSummary extends Extensible {
  public List<String> externalURLs;
  public List<String> images;
}
