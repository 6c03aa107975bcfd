/**
 * The server validates an Application with the model's rules and answers 400 with one message:
 * `Create application: Application x is invalid: spec.source.repoURL: is required: …; metadata.name: …`.
 * This splits it into problems per field path so each can be shown next to its field; what names
 * no known field stays in `general`.
 */
export interface FieldProblems {
  byField: Record<string, string[]>;
  general: string[];
}

/** Field paths of the model → the form field that edits them (longest prefix wins). */
export type FieldMap = Record<string, string>;

export const NO_PROBLEMS: FieldProblems = { byField: {}, general: [] };

export function fieldProblems(message: string, fields: FieldMap): FieldProblems {
  const marker = ' is invalid: ';
  const at = message.indexOf(marker);
  if (at < 0) return { byField: {}, general: [message] };
  const result: FieldProblems = { byField: {}, general: [] };
  const prefixes = Object.keys(fields).sort((a, b) => b.length - a.length);
  // problems are joined by '; ', which a message may contain too: split only before a field path
  for (const problem of message.slice(at + marker.length).split(/; (?=[A-Za-z][\w.[\]]*: )/)) {
    const match = /^([A-Za-z][\w.[\]]*): (.+)$/s.exec(problem.trim());
    const field = match && prefixes.find((p) => match[1] === p || match[1].startsWith(p + '.') || match[1].startsWith(p + '['));
    if (match && field) {
      const id = fields[field];
      (result.byField[id] ??= []).push(`${match[1]}: ${match[2]}`);
    } else {
      result.general.push(problem.trim());
    }
  }
  return result;
}
