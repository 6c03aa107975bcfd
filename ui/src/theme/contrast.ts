// WCAG 2.x contrast, computed from the theme's colour tokens. Pure: no DOM.

export type Tokens = Record<string, string>;

/** Relative luminance of a `#rgb` or `#rrggbb` colour. */
export function luminance(hex: string): number {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** (lighter + 0.05) / (darker + 0.05): 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The `--name: #colour` declarations of the first CSS block whose selector is `selector`
 * (for example `:root` or `:root[data-theme='dark']`).
 */
export function tokensOf(css: string, selector: string): Tokens {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no '${selector} {' block in the stylesheet`);
  const body = css.slice(start, css.indexOf('}', start));
  const tokens: Tokens = {};
  for (const match of body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)) tokens[match[1]] = match[2];
  return tokens;
}
