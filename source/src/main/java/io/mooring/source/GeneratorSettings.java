package io.mooring.source;

import io.mooring.source.cache.CacheSettings;
import io.mooring.source.git.GitSettings;
import io.mooring.source.render.RenderLimits;
import java.nio.file.Path;

/**
 * How the manifest generator runs: Git cache and network settings, render limits, manifest cache
 * bounds, how many sources render at once, and the Kubernetes version Helm charts see by default.
 */
public record GeneratorSettings(
    GitSettings git,
    RenderLimits limits,
    CacheSettings cache,
    int renderThreads,
    String defaultKubeVersion) {

  /** Defaults with Git mirrors under {@code cacheDirectory}. */
  public static GeneratorSettings defaults(Path cacheDirectory) {
    return new GeneratorSettings(
        GitSettings.in(cacheDirectory),
        RenderLimits.defaults(),
        CacheSettings.defaults(),
        Math.max(2, Runtime.getRuntime().availableProcessors()),
        "1.32.0");
  }

  /** These settings with other render limits. */
  public GeneratorSettings withLimits(RenderLimits newLimits) {
    return new GeneratorSettings(git, newLimits, cache, renderThreads, defaultKubeVersion);
  }

  /** These settings with other Git settings. */
  public GeneratorSettings withGit(GitSettings newGit) {
    return new GeneratorSettings(newGit, limits, cache, renderThreads, defaultKubeVersion);
  }
}
