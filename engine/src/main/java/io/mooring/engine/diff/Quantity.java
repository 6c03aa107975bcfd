package io.mooring.engine.diff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes resource quantity ({@code 500m}, {@code 1Gi}, {@code 2e3}) reduced to its exact
 * value and the suffix family it was written in, so that {@code 1000m} equals {@code 1} and {@code
 * 1Gi} equals {@code 1024Mi}. {@link #canonical()} renders it the way the API server does.
 */
record Quantity(BigDecimal value, Format format) {

  /** The suffix family a quantity was written in; the canonical form keeps it. */
  enum Format {
    BINARY_SI,
    DECIMAL_SI,
    DECIMAL_EXPONENT
  }

  private static final Pattern SYNTAX =
      Pattern.compile(
          "([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?");
  private static final String[] DECIMAL_SUFFIXES = {
    "n", "u", "m", "", "k", "M", "G", "T", "P", "E"
  };
  private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
  private static final BigDecimal KIBI = BigDecimal.valueOf(1024);
  private static final BigDecimal NANO = new BigDecimal("1e-9");
  private static final Cache<String, String> CANONICAL =
      Caffeine.newBuilder().maximumSize(10_000).build();

  /** Parses {@code text}; empty when it is not a quantity. */
  static Optional<Quantity> parse(String text) {
    Matcher m = SYNTAX.matcher(text.trim());
    if (text.isEmpty() || !m.matches()) {
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(m.group(1));
    String suffix = m.group(2) == null ? "" : m.group(2);
    if (suffix.startsWith("e") || suffix.startsWith("E")) {
      int exponent = Integer.parseInt(suffix.substring(1));
      if (Math.abs(exponent) > 100) {
        return Optional.empty();
      }
      return Optional.of(new Quantity(number.scaleByPowerOfTen(exponent), Format.DECIMAL_EXPONENT));
    }
    if (suffix.length() == 2) {
      int power = indexOf(BINARY_SUFFIXES, suffix);
      return Optional.of(new Quantity(number.multiply(KIBI.pow(power)), Format.BINARY_SI));
    }
    int index = indexOf(DECIMAL_SUFFIXES, suffix);
    return Optional.of(new Quantity(number.scaleByPowerOfTen(3 * (index - 3)), Format.DECIMAL_SI));
  }

  /** The canonical form of {@code text}, or null when it is not a quantity; cached. */
  static String canonicalText(String text) {
    String cached = CANONICAL.getIfPresent(text);
    if (cached == null) {
      cached = parse(text).map(Quantity::canonical).orElse("");
      CANONICAL.put(text, cached);
    }
    return cached.isEmpty() ? null : cached;
  }

  /** True when both texts are quantities of the same value. */
  static boolean sameValue(String a, String b) {
    Optional<Quantity> qa = parse(a);
    if (qa.isEmpty()) {
      return false;
    }
    Optional<Quantity> qb = parse(b);
    return qb.isPresent() && qa.get().value.compareTo(qb.get().value) == 0;
  }

  /** The canonical text: the largest suffix that keeps the mantissa whole, rounded up to nanos. */
  String canonical() {
    BigDecimal v = value;
    if (v.signum() != 0 && v.scale() > 9) {
      v = v.divide(NANO).setScale(0, RoundingMode.CEILING).multiply(NANO);
    }
    if (v.signum() == 0) {
      return "0";
    }
    if (format == Format.BINARY_SI && v.abs().compareTo(KIBI) >= 0 && isWhole(v)) {
      int power = 0;
      BigDecimal mantissa = v;
      while (power < BINARY_SUFFIXES.length - 1 && isWhole(mantissa.divide(KIBI))) {
        mantissa = mantissa.divide(KIBI);
        power++;
      }
      return plain(mantissa) + BINARY_SUFFIXES[power];
    }
    int exponent = 18;
    while (exponent > -9 && !isWhole(v.scaleByPowerOfTen(-exponent))) {
      exponent -= 3;
    }
    String mantissa = plain(v.scaleByPowerOfTen(-exponent));
    if (format == Format.DECIMAL_EXPONENT) {
      return exponent == 0 ? mantissa : mantissa + "e" + exponent;
    }
    return mantissa + DECIMAL_SUFFIXES[exponent / 3 + 3];
  }

  private static boolean isWhole(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  private static String plain(BigDecimal whole) {
    BigInteger integer = whole.setScale(0, RoundingMode.UNNECESSARY).toBigIntegerExact();
    return integer.toString();
  }

  private static int indexOf(String[] values, String value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i].equals(value)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown quantity suffix " + value);
  }
}
