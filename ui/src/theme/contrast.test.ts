import { describe, expect, it } from 'vitest';
import css from '../styles.css?raw';
import { contrastRatio, tokensOf, type Tokens } from './contrast';

/** Foreground token on background token: every pair the stylesheet draws text with. */
const TEXT_PAIRS: Array<[string, string]> = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'], // links
  ['accent', 'surface'], // tile titles, links in cards
  ['accent-text', 'accent'], // primary buttons, pressed toggles, selected tabs
  ['danger-text', 'bad'], // danger buttons
  ['bad', 'surface'], // errors, Degraded, danger outline buttons
  ['bad', 'bg'],
  ['ok', 'surface'], // Healthy, Synced
  ['ok', 'bg'], // tree nodes are filled with bg
  ['warn', 'surface'], // OutOfSync, Missing, Suspended
  ['warn', 'bg'],
  ['info', 'surface'], // Progressing
  ['info', 'bg'],
  ['neutral', 'surface'], // Unknown
  ['text', 'add-bg'], // diff lines
  ['text', 'del-bg'],
];

const themes: Array<[string, Tokens]> = [
  ['light', tokensOf(css, ':root')],
  ['dark', tokensOf(css, ":root[data-theme='dark']")],
];

describe('theme contrast', () => {
  for (const [name, tokens] of themes) {
    it(`gives every text colour at least 4.5:1 on its background in the ${name} theme`, () => {
      const failing = TEXT_PAIRS.map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrastRatio(tokens[fg], tokens[bg]) }))
        .filter(({ ratio }) => !(ratio >= 4.5))
        .map(({ pair, ratio }) => `${pair}: ${ratio.toFixed(2)}`);
      expect(failing).toEqual([]);
    });

    it(`makes the focus ring stand out at least 3:1 from the page and cards in the ${name} theme`, () => {
      expect(contrastRatio(tokens.focus, tokens.bg)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(tokens.focus, tokens.surface)).toBeGreaterThanOrEqual(3);
    });
  }

  it('uses the same dark colours for the system preference as for the toggle', () => {
    const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(tokensOf(media, ":root:not([data-theme='light'])")).toEqual(themes[1][1]);
  });

  it('computes the known extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777', '#777')).toBe(1);
  });
});
