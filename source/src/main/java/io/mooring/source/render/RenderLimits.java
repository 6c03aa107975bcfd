package io.mooring.source.render;

import java.time.Duration;

/**
 * Bounds on one render: the largest file read from the repository, the largest total output, and
 * how long kustomize or helm may run before it is stopped.
 */
public record RenderLimits(long maxFileBytes, long maxTotalBytes, Duration toolTimeout) {
  /** 10 MiB per file, 100 MiB per render, 90 seconds per tool invocation. */
  public static RenderLimits defaults() {
    return new RenderLimits(10L << 20, 100L << 20, Duration.ofSeconds(90));
  }

  /** These limits with a different tool timeout. */
  public RenderLimits withToolTimeout(Duration timeout) {
    return new RenderLimits(maxFileBytes, maxTotalBytes, timeout);
  }

  /** These limits with different size bounds. */
  public RenderLimits withSizes(long fileBytes, long totalBytes) {
    return new RenderLimits(fileBytes, totalBytes, toolTimeout);
  }
}
