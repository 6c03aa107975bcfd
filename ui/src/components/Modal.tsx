import { useEffect, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface Props {
  /** id of the heading that names the dialog */
  titleId: string;
  onClose: () => void;
  /** When given, the dialog is a form and Enter in a field submits it. */
  onSubmit?: (event: FormEvent) => void;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog: focus moves to its first field (or the one marked `data-autofocus`) when it opens and back to what had it when it
 * closes; Tab and Shift+Tab stay inside; Escape closes it. A click does not focus a button in every
 * browser, so the control that opens a dialog should focus itself first ({@link focusThen}).
 */
export function Modal({ titleId, onClose, onSubmit, className, children }: Props) {
  const box = useRef<HTMLFormElement & HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const first =
      box.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      box.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? box.current)?.focus();
    return () => {
      if (opener && opener !== document.body && document.contains(opener)) opener.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !box.current) return;
    const focusable = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  const props = {
    ref: box,
    className: `modal card ${className ?? ''}`.trim(),
    role: 'dialog',
    'aria-modal': true,
    'aria-labelledby': titleId,
    tabIndex: -1,
    onKeyDown,
  } as const;
  return (
    <div className="modal-backdrop">
      {onSubmit ? (
        <form {...props} onSubmit={onSubmit} noValidate>
          {children}
        </form>
      ) : (
        <div {...props}>{children}</div>
      )}
    </div>
  );
}

/** A click handler that focuses the clicked control, then acts: the dialog it opens returns focus there. */
export function focusThen(action: () => void) {
  return (event: { currentTarget: HTMLElement }) => {
    event.currentTarget.focus();
    action();
  };
}
