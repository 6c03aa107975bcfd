// Checks the story makes on every page it visits, in the page itself.

/** Visible controls without an accessible name (label, aria-label, aria-labelledby or own text). */
export function unlabelledControls(page) {
  return page.evaluate(() => {
    const selector = 'input, select, textarea, button, a[href], [role="button"], [role="tab"], [role="checkbox"], [role="radio"]';
    const visible = (el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const byIds = (ids) =>
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    const nameOf = (el) =>
      (
        el.getAttribute('aria-label') ||
        (el.getAttribute('aria-labelledby') && byIds(el.getAttribute('aria-labelledby'))) ||
        (el.labels && [...el.labels].map((l) => l.textContent).join(' ')) ||
        (['BUTTON', 'A'].includes(el.tagName) || el.getAttribute('role') ? el.textContent : '') ||
        el.getAttribute('title') ||
        ''
      ).trim();
    return [...document.querySelectorAll(selector)]
      .filter(visible)
      .filter((el) => !nameOf(el))
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

/** How far the page is wider than the window (0 when nothing scrolls sideways). */
export function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The element that has keyboard focus, described by its accessible name or tag. */
export function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    return (el.getAttribute('aria-label') || (el.labels?.[0]?.textContent ?? '') || el.textContent || el.tagName).trim();
  });
}
