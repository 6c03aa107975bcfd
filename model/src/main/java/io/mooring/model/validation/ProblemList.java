package io.mooring.model.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one document; rules call {@link #add} with a field path. */
final class ProblemList {
  private final String file;
  private final int document;
  private final List<Problem> problems = new ArrayList<>();

  ProblemList(String file, int document) {
    this.file = file;
    this.document = document;
  }

  void add(String path, String message) {
    problems.add(new Problem(file, document, path, message));
  }

  List<Problem> problems() {
    return problems;
  }
}
