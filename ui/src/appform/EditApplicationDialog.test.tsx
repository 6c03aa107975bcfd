import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../api/ApiClient';
import { memoryTokenStore } from '../api/tokenStore';
import type { Application } from '../api/types';
import { fakeEventSource, fakeServer } from '../test/fakeServer';
import fixture from '../test/fixtures/application-guestbook.json';
import { EditApplicationDialog } from './EditApplicationDialog';

const app = { ...fixture, metadata: { ...fixture.metadata, resourceVersion: '41' } } as Application;
type Reply = Parameters<typeof fakeServer>[0][string];

function renderDialog(reply: Reply, current: Application = app) {
  const server = fakeServer({ 'PUT /api/v1/applications/guestbook': reply, 'GET /api/v1/applications/guestbook': { body: current } });
  const api = new ApiClient({ tokens: memoryTokenStore('t'), fetch: server.fetch, eventSource: fakeEventSource });
  const onSaved = vi.fn();
  render(<EditApplicationDialog api={api} app={app} onSaved={onSaved} onClose={() => {}} />);
  return { server, onSaved, dialog: screen.getByRole('dialog', { name: 'Edit guestbook' }) };
}

describe('EditApplicationDialog', () => {
  it("starts from the application's current values, its name read-only", () => {
    const { dialog } = renderDialog({ body: {} });
    const name = within(dialog).getByLabelText('Application name') as HTMLInputElement;
    expect(name.value).toBe('guestbook');
    expect(name.readOnly).toBe(true);
    expect((within(dialog).getByLabelText('Repository URL') as HTMLInputElement).value).toBe('https://git.example.com/apps.git');
    expect((within(dialog).getByLabelText('Namespace') as HTMLInputElement).value).toBe('guestbook');
    expect((within(dialog).getByRole('checkbox', { name: 'Automated sync' }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByRole('checkbox', { name: /^Prune resources/ }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByRole('checkbox', { name: /^Auto-create namespace/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('turns automated sync off with a PUT carrying the version it read', async () => {
    const { server, onSaved, dialog } = renderDialog((req) => ({ body: req.body }));

    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Automated sync' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const request = server.requests[0];
    expect(request.method).toBe('PUT');
    const sent = request.body as Application;
    expect(sent.metadata.resourceVersion).toBe('41');
    expect(sent.metadata.labels).toEqual({ team: 'web' });
    expect(sent.spec.syncPolicy).toEqual({ syncOptions: ['CreateNamespace=true'] });
    expect(sent.status).toBeUndefined();
  });

  it('shows a conflict when someone else changed the application since it was read', async () => {
    const message = "application 'guestbook' has changed since resourceVersion 41 was read (now 42): read it again and retry";
    const editedElsewhere = {
      ...app,
      metadata: { ...app.metadata, resourceVersion: '42' },
      spec: { ...app.spec, project: 'payments' },
    } as Application;
    const { dialog, onSaved } = renderDialog({ status: 409, body: { error: message, message, code: 10 } }, editedElsewhere);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect((await within(dialog).findByRole('alert')).textContent).toBe(`Update application guestbook: ${message}`);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('places a namespace problem next to the namespace field', async () => {
    const message = "Application guestbook is invalid: spec.destination.namespace: 'Bad NS' is not a valid namespace name";
    const { dialog } = renderDialog({ status: 400, body: { error: message, message, code: 3 } });

    fireEvent.change(within(dialog).getByLabelText('Namespace'), { target: { value: 'Bad NS' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await within(dialog).findByRole('alert');
    const namespace = within(dialog).getByLabelText('Namespace');
    expect(namespace.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('app-namespace-error')?.textContent).toContain("'Bad NS' is not a valid namespace name");
  });
});
