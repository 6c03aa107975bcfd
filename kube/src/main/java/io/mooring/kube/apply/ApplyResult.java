package io.mooring.kube.apply;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What applying one object did; {@code object()} is the object as the API returned it. */
public sealed interface ApplyResult
    permits ApplyResult.Created,
        ApplyResult.Configured,
        ApplyResult.Unchanged,
        ApplyResult.Replaced {

  /** The object after the operation (for a dry run: as it would be). */
  ObjectNode object();

  /** The object did not exist and was created. */
  record Created(ObjectNode object) implements ApplyResult {}

  /** The object existed and was patched (or server-side applied) with changes. */
  record Configured(ObjectNode object) implements ApplyResult {}

  /** The object already matched; nothing was sent. */
  record Unchanged(ObjectNode object) implements ApplyResult {}

  /** The object was replaced whole, or deleted and re-created when forced. */
  record Replaced(ObjectNode object) implements ApplyResult {}
}
