package io.mooring.source.render;

import io.mooring.model.ApplicationSource;
import io.mooring.source.SourceFiles;
import java.util.Map;

/**
 * Everything one renderer needs for one source.
 *
 * @param source the Application source as written
 * @param path the normalized repository-relative source path ("" for the root)
 * @param files the files of the resolved commit, or of the unpacked chart of a Helm repository
 * @param refTrees the files of other sources by their {@code ref} name, for {@code $ref/...}
 * @param environment the Argo CD build environment of this render
 * @param limits size and time bounds
 */
public record RenderInput(
    ApplicationSource source,
    String path,
    SourceFiles files,
    Map<String, SourceFiles> refTrees,
    BuildEnvironment environment,
    RenderLimits limits) {}
