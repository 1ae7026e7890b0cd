/**
 * The full form as a modal dialog (react-aria: focus is trapped inside and returns where it was on close).
 * Escape and the close buttons close it and keep what was typed as a draft; only saving removes the draft.
 */
import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { X } from 'lucide-react';
import type { Concern } from '@shared/domain/concern';
import { t } from '../../i18n';
import { ConcernForm } from './ConcernForm';
import type { FormRequest } from './types';
import './concern-form.css';

/** Props of ConcernFormDialog. */
export interface ConcernFormDialogProps {
  /** The form to show; the dialog is closed while undefined. */
  readonly request: FormRequest | undefined;
  readonly onClose: () => void;
  readonly onSaved: (concern: Concern) => void;
}

/** The modal holding the form. */
export function ConcernFormDialog({ request, onClose, onSaved }: ConcernFormDialogProps): ReactNode {
  const title = request?.concernId === undefined ? t('form.newTitle') : t('form.editTitle');
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={request !== undefined}
      onOpenChange={(isOpen) => {
        if (!isOpen) onClose();
      }}
    >
      <Modal className="modal modal-form">
        <Dialog className="dialog form-dialog">
          <header className="dialog-header">
            <Heading slot="title" className="dialog-title">
              {title}
            </Heading>
            <Button className="icon-button" aria-label={t('form.close')} onPress={onClose}>
              <X size={20} aria-hidden="true" />
            </Button>
          </header>
          {request !== undefined && <ConcernForm key={request.draftId} request={request} onSaved={onSaved} onCancel={onClose} />}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
