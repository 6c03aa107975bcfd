import { ApiError } from '../api/ApiError';
import type { Application } from '../api/types';
import { applicationOf, type AppDraft } from './appDraft';

/** The two calls an edit needs (ApiClient has them). */
export interface EditPort {
  getApplication(name: string): Promise<Application>;
  updateApplication(app: Application): Promise<Application>;
}

const ATTEMPTS = 3;

/** What an edit replaces: if these are as the form read them, nobody else edited the app. */
const editable = (app: Application) =>
  JSON.stringify([app.spec, app.metadata.labels ?? {}, app.metadata.annotations ?? {}]);

/**
 * PUTs the edited app with the resourceVersion it was read at. The controller writes status all
 * the time (a busy app of apps changes every few hundred milliseconds), which also moves the
 * resourceVersion; a refusal for that alone is not a conflict with the user's edit. So on 409 the
 * app is read again and, when its spec, labels and annotations are still as the form read them,
 * the edit is sent again on the new version; when someone else changed them, the 409 stands and
 * the form shows it.
 */
export async function saveEdit(api: EditPort, read: Application, draft: AppDraft): Promise<Application> {
  let base = read;
  for (let attempt = 1; ; attempt++) {
    try {
      return await api.updateApplication(applicationOf(draft, base));
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 409 || attempt === ATTEMPTS) throw e;
      const current = await api.getApplication(read.metadata.name).catch(() => null);
      if (current === null || editable(current) !== editable(read)) throw e;
      base = current;
    }
  }
}
