import type { ApiClient } from '../api/ApiClient';
import type { Application } from '../api/types';
import { draftOf } from './appDraft';
import { ApplicationFormDialog } from './ApplicationFormDialog';
import { saveEdit } from './saveEdit';

/**
 * "Edit": PUT /api/v1/applications/{name} with the app as read, changed by the form (sent again on
 * a newer version when only the controller's status writes came in between: see saveEdit).
 */
export function EditApplicationDialog({ api, app, onSaved, onClose }: { api: ApiClient; app: Application; onSaved: (app: Application) => void; onClose: () => void }) {
  return (
    <ApplicationFormDialog
      title={`Edit ${app.metadata.name}`}
      submitLabel="Save"
      initial={draftOf(app)}
      nameLocked
      save={(draft) => saveEdit(api, app, draft)}
      onSaved={onSaved}
      onClose={onClose}
    />
  );
}
