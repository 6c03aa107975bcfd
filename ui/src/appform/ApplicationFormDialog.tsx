import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Application } from '../api/types';
import { Modal } from '../components/Modal';
import type { AppDraft } from './appDraft';
import { ApplicationFields, FIELD_OF_PATH } from './ApplicationFields';
import { fieldProblems, NO_PROBLEMS, type FieldProblems } from './fieldProblems';

interface Props {
  title: string;
  submitLabel: string;
  initial: AppDraft;
  nameLocked?: boolean;
  /** Sends the draft to the server; a rejection's message is shown with the form. */
  save: (draft: AppDraft) => Promise<Application>;
  onSaved: (app: Application) => void;
  onClose: () => void;
}

/**
 * The application form in a dialog, shared by create and edit. The server's answer to an invalid
 * application (the model's messages) is shown above the buttons and, per field, under each field.
 */
export function ApplicationFormDialog({ title, submitLabel, initial, nameLocked, save, onSaved, onClose }: Props) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<FieldProblems>(NO_PROBLEMS);
  const [busy, setBusy] = useState(false);
  const alert = useRef<HTMLDivElement>(null);
  // the message is shown above the buttons: make sure it is in view in a long form
  // (braces: newer browsers return a Promise from scrollIntoView, and an effect may return only
  // its cleanup function)
  useEffect(() => {
    alert.current?.scrollIntoView?.({ block: 'nearest' });
  }, [error]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setProblems(NO_PROBLEMS);
    try {
      onSaved(await save(draft));
    } catch (e) {
      const message = (e as Error).message;
      setError(message);
      setProblems(fieldProblems(message, FIELD_OF_PATH));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal titleId="app-form-title" onClose={onClose} onSubmit={submit} className="app-form">
      <h2 id="app-form-title">{title}</h2>
      <ApplicationFields draft={draft} onChange={setDraft} problems={problems} nameLocked={nameLocked} />
      {error && (
        <div role="alert" ref={alert} className="error form-error">
          {error}
        </div>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
      </div>
    </Modal>
  );
}
