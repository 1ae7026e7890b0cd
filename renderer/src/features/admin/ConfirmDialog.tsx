/**
 * "Are you sure?" before something that cannot be taken back from this device: signing a device out, turning an
 * account off, an admin locking themself out. An alert dialog over the admin dialog; focus starts on Cancel, so
 * a stray Enter changes nothing, and Escape cancels.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { t } from '../../i18n';

/** Props: the question, what happens, the confirming button's words and the two outcomes. */
export interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A confirmation for a change that takes effect at once. */
export function ConfirmDialog({ isOpen, title, children, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps): ReactNode {
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Opened from a row's menu: the menu hands focus back to its trigger in an animation frame of its own, which
  // can land after the dialog took focus and leave it on the page behind. Once that frame has passed, focus
  // is put back on Cancel if it is not inside the dialog.
  useEffect(() => {
    if (!isOpen) return;
    const frame = requestAnimationFrame(() => {
      const button = cancelRef.current;
      const dialog = button?.closest('[role="alertdialog"]');
      if (button !== null && dialog !== null && dialog !== undefined && !dialog.contains(document.activeElement)) button.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [isOpen]);
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={(open) => !open && onCancel()} className="modal-overlay">
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          <div className="admin-confirm-body">{children}</div>
          <div className="dialog-actions">
            <Button ref={cancelRef} className="button button-secondary" onPress={onCancel} autoFocus>
              {t('common.cancel')}
            </Button>
            <Button className="button button-danger" onPress={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
