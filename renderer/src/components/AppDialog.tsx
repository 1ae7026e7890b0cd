/**
 * The app's modal dialog frame: the overlay, the box, and a header with the title and a close button. Escape
 * and the close button close it; a click outside closes it only when `isDismissable`, since a dialog with a
 * form must not lose what was typed to a stray click. Each dialog styles its box and body with its own
 * classes.
 */
import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { X } from 'lucide-react';
import { t } from '../i18n';

/** Props of the dialog frame. */
export interface AppDialogProps {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  /** Added to the box (its size), like 'settings-modal'. */
  modalClassName?: string;
  /** The dialog element's class (the layout of its content). */
  className?: string;
  /** Added to the header. */
  headerClassName?: string;
  /** The title's class (default: app.css's dialog-title). */
  titleClassName?: string;
  /** Whether a click outside closes it (default false). */
  isDismissable?: boolean;
  children: ReactNode;
}

/** A modal dialog with the app's header. */
export function AppDialog(props: AppDialogProps): ReactNode {
  const { isOpen, onClose, title, modalClassName, className, headerClassName, titleClassName = 'dialog-title', isDismissable = false, children } = props;
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable={isDismissable} className="modal-overlay">
      <Modal className={modalClassName === undefined ? 'modal' : `modal ${modalClassName}`}>
        <Dialog className={className}>
          <header className={headerClassName === undefined ? 'dialog-header' : `dialog-header ${headerClassName}`}>
            <Heading slot="title" className={titleClassName}>
              {title}
            </Heading>
            <Button slot="close" className="icon-button" aria-label={t('common.close')}>
              <X size={20} aria-hidden />
            </Button>
          </header>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
