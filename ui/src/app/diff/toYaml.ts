/** Renders a JSON value as block YAML (for showing manifests; not a general YAML writer). */
export function toYaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return value
      .map((item) => {
        const rendered = toYaml(item, indent + '  ');
        return isBlock(item) ? `${indent}- ${rendered.trimStart()}` : `${indent}- ${rendered}`;
      })
      .join('\n');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    return entries
      .map(([key, item]) =>
        isBlock(item)
          ? `${indent}${scalar(key)}:\n${toYaml(item, Array.isArray(item) ? indent : indent + '  ')}`
          : `${indent}${scalar(key)}: ${toYaml(item, indent + '  ')}`,
      )
      .join('\n');
  }
  return scalar(value);
}

function isBlock(value: unknown): boolean {
  return value !== null && typeof value === 'object' && Object.keys(value as object).length > 0;
}

function scalar(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  if (value === '' || /^[\s-?:,[\]{}#&*!|>'"%@`]|[:#]\s|\s$|\n/.test(value) || /^(true|false|null|~|[-+.\d].*)$/i.test(value)) {
    return JSON.stringify(value);
  }
  return value;
}

/** A manifest from managed-resources (a JSON string) as YAML lines; absent → no lines. */
export function manifestLines(state?: string): string[] {
  if (!state || state === 'null') return [];
  try {
    return toYaml(JSON.parse(state)).split('\n');
  } catch {
    return state.split('\n');
  }
}
