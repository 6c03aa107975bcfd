import type { ApiClient } from '../api/ApiClient';
import type { Application } from '../api/types';
import { applicationOf, EMPTY_DRAFT } from './appDraft';
import { ApplicationFormDialog } from './ApplicationFormDialog';

/** "New application": POST /api/v1/applications with the form's application. */
export function CreateApplicationDialog({ api, onCreated, onClose }: { api: ApiClient; onCreated: (app: Application) => void; onClose: () => void }) {
  return (
    <ApplicationFormDialog
      title="New application"
      submitLabel="Create"
      initial={EMPTY_DRAFT}
      save={(draft) => api.createApplication(applicationOf(draft))}
      onSaved={onCreated}
      onClose={onClose}
    />
  );
}
