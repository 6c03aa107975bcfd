package io.mooring.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageRequestTest {
  private static final List<String> NAMES = List.of("a", "b", "c", "d", "e");

  @Test
  void aPageEndsBeforeItsJsonWouldExceedTheByteBudget() {
    PageRequest request = new PageRequest(100, Optional.empty(), 25);

    PageRequest.Page page = request.page(NAMES, n -> n, n -> true, PageRequestTest::tenBytes);

    assertThat(page.items()).hasSize(2);
    assertThat(page.continueToken()).isPresent();
  }

  @Test
  void anItemLargerThanTheBudgetStillMakesAPageOfOne() {
    PageRequest.Page page =
        new PageRequest(100, Optional.empty(), 5)
            .page(NAMES, n -> n, n -> true, PageRequestTest::tenBytes);

    assertThat(page.items()).hasSize(1);
  }

  @Test
  void theContinueTokenResumesAfterTheLastNameEvenWhenItWasDeleted() {
    PageRequest first = PageRequest.of("2", null);
    String token =
        first.page(NAMES, n -> n, n -> true, PageRequestTest::tenBytes).continueToken().get();

    PageRequest.Page next =
        PageRequest.of("2", token)
            .page(List.of("a", "c", "d", "e"), n -> n, n -> true, PageRequestTest::bytes);

    assertThat(next.items())
        .extracting(b -> new String(b, StandardCharsets.UTF_8))
        .containsExactly("c", "d");
  }

  @Test
  void invisibleItemsAreSkippedAndTheLastPageHasNoToken() {
    PageRequest.Page page =
        PageRequest.of("2", null).page(NAMES, n -> n, n -> !n.equals("b"), PageRequestTest::bytes);
    assertThat(page.items())
        .extracting(b -> new String(b, StandardCharsets.UTF_8))
        .containsExactly("a", "c");

    PageRequest.Page last =
        PageRequest.of("5", null)
            .page(NAMES, n -> n, n -> n.compareTo("c") < 0, PageRequestTest::bytes);
    assertThat(last.items()).hasSize(2);
    assertThat(last.continueToken()).isEmpty();
  }

  private static byte[] tenBytes(String name) {
    return "0123456789".getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String name) {
    return name.getBytes(StandardCharsets.UTF_8);
  }
}
