package io.mooring.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged {@code mooring} command (the same jar {@code bin/mooring} runs), for one user: each
 * user has their own contexts file ({@code MOORING_CONFIG}). The suite starts it dozens of times,
 * so it runs with JVM options for short commands — what a user could put in {@code
 * MOORING_JAVA_OPTS}: the client compiler only, the serial collector, and a class-data-sharing
 * archive made by the first command run (JVM warnings go to stderr, so stdout stays the command's
 * output).
 */
final class MooringCli {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SHORT_RUN =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Xlog:disable",
          "-Xlog:all=warning:stderr");
  private final Path jar;
  private final Path config;
  private final Path workDirectory;
  private final Path classArchive;

  MooringCli(Path jar, Path config, Path workDirectory) {
    this.jar = jar;
    this.config = config;
    this.workDirectory = workDirectory;
    this.classArchive = workDirectory.resolve("mooring-cli.jsa");
  }

  /** Runs {@code mooring ARGS}. */
  ProcessRun run(String... args) {
    List<String> command = new ArrayList<>(List.of(Launch.java()));
    command.addAll(SHORT_RUN);
    command.add(
        Files.exists(classArchive)
            ? "-XX:SharedArchiveFile=" + classArchive
            : "-XX:ArchiveClassesAtExit=" + classArchive);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(List.of(args));
    return ProcessRun.of(
        command, workDirectory, Map.of("MOORING_CONFIG", config.toString(), "NO_COLOR", "1"));
  }

  /** Runs {@code mooring ARGS}, which must succeed and print JSON, and parses what it printed. */
  JsonNode json(String... args) {
    ProcessRun run = run(args).succeeded();
    try {
      return JSON.readTree(run.out());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + run.describe(), e);
    }
  }
}
