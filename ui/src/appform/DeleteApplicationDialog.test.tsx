import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../api/ApiClient';
import { memoryTokenStore } from '../api/tokenStore';
import { fakeEventSource, fakeServer } from '../test/fakeServer';
import { DeleteApplicationDialog } from './DeleteApplicationDialog';

type Reply = Parameters<typeof fakeServer>[0][string];

function renderDialog(reply: Reply = { body: {} }) {
  const server = fakeServer({ 'DELETE /api/v1/applications/guestbook': reply });
  const api = new ApiClient({ tokens: memoryTokenStore('t'), fetch: server.fetch, eventSource: fakeEventSource });
  const onDeleted = vi.fn();
  const onClose = vi.fn();
  render(<DeleteApplicationDialog api={api} name="guestbook" onDeleted={onDeleted} onClose={onClose} />);
  return { server, onDeleted, onClose, dialog: screen.getByRole('dialog', { name: 'Delete guestbook?' }) };
}

const confirmField = (dialog: HTMLElement) => within(dialog).getByLabelText('Type guestbook to confirm');
const deleteButton = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: 'Delete' }) as HTMLButtonElement;

describe('DeleteApplicationDialog', () => {
  it('asks for the name to be typed before deleting, with the focus already there', () => {
    const { dialog, server } = renderDialog();
    expect(document.activeElement).toBe(confirmField(dialog));
    expect(deleteButton(dialog).disabled).toBe(true);

    fireEvent.change(confirmField(dialog), { target: { value: 'guestboo' } });
    fireEvent.submit(dialog);
    expect(deleteButton(dialog).disabled).toBe(true);
    expect(server.requests).toHaveLength(0);

    fireEvent.change(confirmField(dialog), { target: { value: 'guestbook' } });
    expect(deleteButton(dialog).disabled).toBe(false);
  });

  it('cascades in the foreground unless told otherwise', async () => {
    const { dialog, server, onDeleted } = renderDialog();
    fireEvent.change(confirmField(dialog), { target: { value: 'guestbook' } });
    fireEvent.click(deleteButton(dialog));

    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    expect(server.requests[0].method).toBe('DELETE');
    expect(server.requests[0].path).toBe('/api/v1/applications/guestbook?cascade=true&propagationPolicy=foreground');
  });

  it('keeps the resources with the non-cascading choice', async () => {
    const { dialog, server, onDeleted } = renderDialog();
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Non-cascading/ }));
    fireEvent.change(confirmField(dialog), { target: { value: 'guestbook' } });
    fireEvent.click(deleteButton(dialog));

    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    expect(server.requests[0].path).toBe('/api/v1/applications/guestbook?cascade=false');
  });

  it("shows the server's refusal and stays open", async () => {
    const message = 'permission denied: applications, delete, default/guestbook';
    const { dialog, onDeleted } = renderDialog({ status: 403, body: { error: message, message, code: 7 } });
    fireEvent.change(confirmField(dialog), { target: { value: 'guestbook' } });
    fireEvent.click(deleteButton(dialog));

    expect((await within(dialog).findByRole('alert')).textContent).toBe(`Delete application guestbook: ${message}`);
    expect(onDeleted).not.toHaveBeenCalled();
    expect(deleteButton(dialog).disabled).toBe(false);
  });

  it('closes on Escape without deleting', () => {
    const { dialog, onClose, server } = renderDialog();
    fireEvent.keyDown(confirmField(dialog), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
    expect(server.requests).toHaveLength(0);
  });
});
