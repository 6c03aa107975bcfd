import { useState, type FormEvent } from 'react';
import type { ApiClient, DeletePropagation } from '../api/ApiClient';
import { Modal } from '../components/Modal';

const CHOICES: Array<[DeletePropagation, string, string]> = [
  ['foreground', 'Foreground', 'delete the resources first, then the application'],
  ['background', 'Background', 'delete the application; its resources are deleted after it'],
  ['none', 'Non-cascading', 'delete only the application; its resources stay in the cluster'],
];

/** Delete with a cascade choice, confirmed by typing the application's name. */
export function DeleteApplicationDialog({ api, name, onDeleted, onClose }: { api: ApiClient; name: string; onDeleted: () => void; onClose: () => void }) {
  const [propagation, setPropagation] = useState<DeletePropagation>('foreground');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmed = typed.trim() === name;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    setError(null);
    try {
      await api.deleteApplication(name, propagation);
      onDeleted();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <Modal titleId="delete-title" onClose={onClose} onSubmit={submit}>
      <h2 id="delete-title">Delete {name}?</h2>
      <fieldset>
        <legend>What happens to its resources</legend>
        {CHOICES.map(([value, label, meaning]) => (
          <label key={value}>
            <input type="radio" name="delete-propagation" checked={propagation === value} onChange={() => setPropagation(value)} />{' '}
            <span>
              <strong>{label}</strong>: {meaning}
            </span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="delete-confirm">
        Type <strong>{name}</strong> to confirm
      </label>
      <input id="delete-confirm" data-autofocus value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button danger" disabled={!confirmed || busy}>
          {busy ? 'Deleting…' : 'Delete'}
        </button>
      </div>
    </Modal>
  );
}
