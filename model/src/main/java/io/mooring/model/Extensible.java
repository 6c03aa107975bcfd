package io.mooring.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of every model type: fields a user wrote that Mooring does not model are kept here, in their
 * original order, and written back, so a round trip never silently drops them.
 *
 * <p>Model types are plain data carriers that mirror Argo CD's CRD schema field for field: public
 * fields named exactly as in the YAML, no behaviour. Logic lives in validators and the engine.
 */
public abstract class Extensible {
  private final Map<String, Object> extra = new LinkedHashMap<>();

  /** Fields not modelled by this type, in the order they were read. */
  @JsonAnyGetter
  public Map<String, Object> extra() {
    return extra;
  }

  @JsonAnySetter
  void putExtra(String name, Object value) {
    extra.put(name, value);
  }
}
