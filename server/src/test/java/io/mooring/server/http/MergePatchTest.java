package io.mooring.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.mooring.model.ModelCodec;
import org.junit.jupiter.api.Test;

class MergePatchTest {
  @Test
  void objectsMergeNullsRemoveAndArraysReplace() throws Exception {
    var target = ModelCodec.jsonMapper().readTree("{\"a\":{\"b\":1,\"c\":2},\"d\":[1,2],\"e\":1}");
    var patch = ModelCodec.jsonMapper().readTree("{\"a\":{\"c\":null,\"x\":3},\"d\":[9]}");

    assertThat(MergePatch.apply(target, patch).toString())
        .isEqualTo("{\"a\":{\"b\":1,\"x\":3},\"d\":[9],\"e\":1}");
  }
}
