/** Asks before a draft is deleted: deleting loses typed work, so it is never one click. */
import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { t } from '../../i18n';

/** Props of DiscardDraftDialog. */
export interface DiscardDraftDialogProps {
  /** The draft's excerpt; the dialog is open while this is set. */
  readonly excerpt: string | undefined;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** An alert dialog; "Keep it" has focus first, so Enter by habit keeps the draft. */
export function DiscardDraftDialog({ excerpt, onConfirm, onCancel }: DiscardDraftDialogProps): ReactNode {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={excerpt !== undefined}
      isDismissable
      onOpenChange={(isOpen) => {
        if (!isOpen) onCancel();
      }}
    >
      <Modal className="modal modal-small">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title" className="dialog-title">
            {t('drafts.confirmTitle')}
          </Heading>
          <p>{t('drafts.confirmBody', { excerpt: excerpt ?? '' })}</p>
          <div className="dialog-actions">
            <Button className="button button-secondary" onPress={onCancel} autoFocus>
              {t('drafts.keep')}
            </Button>
            <Button className="button button-danger" onPress={onConfirm}>
              {t('drafts.confirmDiscard')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
