import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../api/ApiClient';
import { memoryTokenStore } from '../api/tokenStore';
import type { Application } from '../api/types';
import { fakeEventSource, fakeServer } from '../test/fakeServer';
import { CreateApplicationDialog } from './CreateApplicationDialog';

type Reply = Parameters<typeof fakeServer>[0][string];

function renderDialog(reply: Reply) {
  const server = fakeServer({ 'POST /api/v1/applications': reply });
  const api = new ApiClient({ tokens: memoryTokenStore('t'), fetch: server.fetch, eventSource: fakeEventSource });
  const onCreated = vi.fn();
  render(<CreateApplicationDialog api={api} onCreated={onCreated} onClose={() => {}} />);
  return { server, onCreated, dialog: screen.getByRole('dialog', { name: 'New application' }) };
}

const type = (dialog: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });

describe('CreateApplicationDialog', () => {
  it('sends the application the form describes and reports it created', async () => {
    const { server, onCreated, dialog } = renderDialog((req) => ({ body: req.body }));

    type(dialog, 'Application name', 'shop');
    type(dialog, 'Repository URL', 'http://git.example/apps.git');
    type(dialog, 'Path', 'shop');
    type(dialog, 'Revision', 'main');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Registered name' }));
    type(dialog, 'Cluster name', 'in-cluster');
    type(dialog, 'Namespace', 'shop');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Automated sync' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Prune resources/ }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Auto-create namespace/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const sent = server.requests[0].body as Application;
    expect(sent.metadata.name).toBe('shop');
    expect(sent.spec.source).toEqual({ repoURL: 'http://git.example/apps.git', path: 'shop', targetRevision: 'main' });
    expect(sent.spec.destination).toEqual({ name: 'in-cluster', namespace: 'shop' });
    expect(sent.spec.syncPolicy).toEqual({
      automated: { prune: true, selfHeal: false },
      syncOptions: ['CreateNamespace=true'],
    });
    expect((onCreated.mock.calls[0][0] as Application).metadata.name).toBe('shop');
  });

  it('offers prune and self heal only with automated sync', () => {
    const { dialog } = renderDialog({ body: {} });
    const selfHeal = within(dialog).getByRole('checkbox', { name: /^Self heal/ }) as HTMLInputElement;
    expect(selfHeal.disabled).toBe(true);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Automated sync' }));
    expect(selfHeal.disabled).toBe(false);
  });

  it("shows the server's validation messages with the form and next to each field", async () => {
    const message =
      "Application Bad_Name is invalid: metadata.name: 'Bad_Name' is not a valid name; " +
      'spec.source.repoURL: is required: the Git or Helm repository URL';
    const { dialog, onCreated } = renderDialog({ status: 400, body: { error: message, message, code: 3 } });

    type(dialog, 'Application name', 'Bad_Name');
    fireEvent.submit(dialog);

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(`Create application: ${message}`);
    const name = within(dialog).getByLabelText('Application name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe(
      "metadata.name: 'Bad_Name' is not a valid name",
    );
    const repo = within(dialog).getByLabelText('Repository URL');
    expect(document.getElementById(repo.getAttribute('aria-describedby')!)?.textContent).toContain(
      'spec.source.repoURL: is required',
    );
    expect(within(dialog).getByLabelText('Path').getAttribute('aria-invalid')).toBeNull();
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('submits with Enter in a field', async () => {
    const { server, dialog } = renderDialog((req) => ({ body: req.body }));
    type(dialog, 'Application name', 'shop');
    fireEvent.submit(within(dialog).getByLabelText('Application name'));
    await waitFor(() => expect(server.requests).toHaveLength(1));
  });

  it('closes cleanly after showing an error in a browser whose scrollIntoView returns a Promise', async () => {
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = () => Promise.resolve() as unknown as void;
    try {
      const message = 'Application x is invalid: metadata.name: is required';
      const { dialog } = renderDialog({ status: 400, body: { error: message, message, code: 3 } });
      fireEvent.submit(dialog);
      await within(dialog).findByRole('alert');
      expect(() => cleanup()).not.toThrow();
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});
