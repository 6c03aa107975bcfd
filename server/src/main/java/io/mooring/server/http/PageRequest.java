package io.mooring.server.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Server-side pagination of a list sorted by name, Kubernetes style: {@code limit} items at most
 * (0: no limit) and a {@code continue} token naming where the previous page ended. A page also ends
 * before its JSON would exceed {@code byteBudget} (always holding at least one item), so a default
 * response stays small whatever the size of each item. Tokens are keyset positions (the last name
 * served), so items added or removed meanwhile neither repeat nor shift the next page. There is no
 * {@code remainingItemCount}: counting it would cost an RBAC check of every item. Pure.
 *
 * @param limit the most items in a page; 0 for no limit (and no byte budget)
 * @param after the name the previous page ended with, from the continue token
 * @param byteBudget the most bytes of item JSON in a page
 */
public record PageRequest(int limit, Optional<String> after, long byteBudget) {
  /** Items in a page unless the caller asks otherwise. */
  public static final int DEFAULT_LIMIT = 500;

  /** Bytes of item JSON in a page unless the caller asks for everything ({@code limit=0}). */
  public static final long DEFAULT_BYTE_BUDGET = 1_000_000 - 1_024;

  /**
   * One page of items, as serialized JSON.
   *
   * @param items the items of this page, each its JSON
   * @param continueToken the token of the next page; empty when this is the last
   */
  public record Page(List<byte[]> items, Optional<String> continueToken) {}

  /** Reads {@code limit} and {@code continue} as given (null: absent). */
  public static PageRequest of(String limit, String continueToken) {
    int parsed = DEFAULT_LIMIT;
    if (limit != null && !limit.isBlank()) {
      try {
        parsed = Integer.parseInt(limit.trim());
      } catch (NumberFormatException e) {
        parsed = -1;
      }
      if (parsed < 0) {
        throw ApiException.invalid("limit '" + limit + "' must be a whole number >= 0");
      }
    }
    Optional<String> after = Optional.empty();
    if (continueToken != null && !continueToken.isBlank()) {
      try {
        after =
            Optional.of(
                new String(
                    Base64.getUrlDecoder().decode(continueToken.trim()), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw ApiException.invalid("continue token '" + continueToken + "' is not valid");
      }
    }
    return new PageRequest(parsed, after, parsed == 0 ? Long.MAX_VALUE : DEFAULT_BYTE_BUDGET);
  }

  /**
   * The page of {@code sorted} (ascending by {@code name}) this request selects among the items
   * {@code visible} accepts, each turned to JSON by {@code json}. Only the items up to the end of
   * the page (and the first visible one after it) are tested and serialized, so a first page costs
   * the same whatever the length of the list.
   */
  public <T> Page page(
      List<T> sorted, Function<T, String> name, Predicate<T> visible, Function<T, byte[]> json) {
    int index = 0;
    if (after.isPresent()) {
      index = firstAfter(sorted, name, after.get());
    }
    List<byte[]> items = new ArrayList<>();
    long bytes = 0;
    String last = null;
    for (; index < sorted.size(); index++) {
      T item = sorted.get(index);
      if (!visible.test(item)) {
        continue;
      }
      if (limit != 0 && items.size() == limit) {
        break;
      }
      byte[] itemJson = json.apply(item);
      if (!items.isEmpty() && bytes + itemJson.length + 1 > byteBudget) {
        break;
      }
      items.add(itemJson);
      bytes += itemJson.length + 1;
      last = name.apply(item);
    }
    Optional<String> next =
        index >= sorted.size()
            ? Optional.empty()
            : Optional.of(
                Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(last.getBytes(StandardCharsets.UTF_8)));
    return new Page(items, next);
  }

  /** The index of the first item named after {@code name} (binary search: the list is sorted). */
  private static <T> int firstAfter(List<T> sorted, Function<T, String> name, String after) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (name.apply(sorted.get(middle)).compareTo(after) <= 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
