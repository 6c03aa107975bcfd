import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Modal } from './Modal';

function Opener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Modal titleId="t" onClose={() => setOpen(false)}>
          <h2 id="t">Settings</h2>
          <input aria-label="First" />
          <button type="button">Last</button>
        </Modal>
      )}
    </>
  );
}

function open() {
  const opener = screen.getByRole('button', { name: 'Open' });
  opener.focus();
  fireEvent.click(opener);
  return { opener, dialog: screen.getByRole('dialog', { name: 'Settings' }) };
}

describe('Modal', () => {
  it('moves focus into the dialog when it opens', () => {
    render(<Opener />);
    open();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'First' }));
  });

  it('keeps Tab and Shift+Tab inside the dialog', () => {
    render(<Opener />);
    const { dialog } = open();
    const first = screen.getByRole('textbox', { name: 'First' });
    const last = screen.getByRole('button', { name: 'Last' });

    last.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(first);

    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('closes on Escape and gives focus back to the control that opened it', () => {
    render(<Opener />);
    const { opener } = open();

    fireEvent.keyDown(screen.getByRole('textbox', { name: 'First' }), { key: 'Escape' });

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
