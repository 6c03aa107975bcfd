import type { ApplicationCondition } from '../api/types';

/** Conditions at the top of the page: errors as an alert, warnings as a note, with messages. */
export function ConditionsBanner({ conditions }: { conditions?: ApplicationCondition[] }) {
  if (!conditions || conditions.length === 0) return null;
  const isError = (c: ApplicationCondition) => /Error$/.test(c.type);
  const errors = conditions.filter(isError);
  return (
    <section
      className={`conditions ${errors.length > 0 ? 'has-errors' : 'warnings-only'}`}
      role={errors.length > 0 ? 'alert' : 'status'}
      aria-label="Conditions"
    >
      <h2>
        {errors.length > 0 ? `${errors.length} error condition${errors.length > 1 ? 's' : ''}` : 'Conditions'}
      </h2>
      <ul>
        {conditions.map((c, i) => (
          <li key={i} className={isError(c) ? 'condition-error' : 'condition-warning'}>
            <strong>{c.type}</strong>: {c.message}
            {c.lastTransitionTime && <span className="muted"> ({c.lastTransitionTime})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
