// A modal <dialog>: opened on mount, Escape or the close button calls onClose.
import { type ReactNode, useEffect, useId, useRef } from "react";

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

export function Modal({ title, onClose, children, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`edit-dialog ${className ?? ""}`}
      aria-labelledby={id}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="edit-dialog-header">
        <h2 id={id}>{title}</h2>
        <button type="button" className="close-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}

/** A form's primary action and Cancel, with whatever else the form offers after them. */
export function FormActions({
  submit,
  disabled,
  onCancel,
  children,
}: {
  submit: string;
  disabled: boolean;
  onCancel: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="edit-actions">
      <button type="submit" className="button button-primary" disabled={disabled}>
        {submit}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      {children}
    </div>
  );
}
