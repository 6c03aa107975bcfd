package io.mooring.model;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/**
 * Renders Jackson reference chains as user-facing field paths such as {@code spec.sources[1].helm}.
 */
final class FieldPaths {
  private FieldPaths() {}

  static String of(List<Reference> references) {
    StringBuilder path = new StringBuilder();
    for (Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
