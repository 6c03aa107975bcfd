package io.mooring.source.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mooring.source.SourceException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelmParametersTest {
  @Test
  void dottedNamesSplitIntoKeysAndIndexes() throws Exception {
    assertThat(HelmParameters.parsePath("a.b[2].c")).isEqualTo(List.of("a", "b", 2, "c"));
    assertThat(HelmParameters.parsePath("annotations.example\\.com/team"))
        .isEqualTo(List.of("annotations", "example.com/team"));
  }

  @Test
  void forcedStringsStayStringsAtNestedPaths() throws Exception {
    ObjectNode values = JsonNodeFactory.instance.objectNode();
    HelmParameters.setString(values, "image.tag", "1.20");
    HelmParameters.setString(values, "replicas", "3");
    HelmParameters.setString(values, "env[1].value", "true");

    assertThat(values.at("/image/tag").isTextual()).isTrue();
    assertThat(values.at("/image/tag").asText()).isEqualTo("1.20");
    assertThat(values.at("/replicas").isTextual()).isTrue();
    assertThat(values.at("/env/0").isNull()).isTrue();
    assertThat(values.at("/env/1/value").asText()).isEqualTo("true");
  }

  @Test
  void laterParametersExtendEarlierOnes() throws Exception {
    ObjectNode values = JsonNodeFactory.instance.objectNode();
    HelmParameters.setString(values, "a.b", "1");
    HelmParameters.setString(values, "a.c", "2");
    assertThat(values.toString()).isEqualTo("{\"a\":{\"b\":\"1\",\"c\":\"2\"}}");
  }

  @Test
  void malformedNamesAreRefusedNamingThem() {
    for (String name : List.of("[0]", "a..b", "a[x]", "a[1", "")) {
      assertThatThrownBy(() -> HelmParameters.parsePath(name))
          .as(name)
          .isInstanceOf(SourceException.class)
          .hasMessageContaining("'" + name + "'");
    }
  }
}
