/**
 * Desktop notifications for the renderer (a priority concern escalated, sync finished after a long offline
 * spell). Clicking one brings the notebook to the front and, when it is about a concern, opens that concern.
 */
import { Notification } from 'electron';
import { OPEN_CONCERN_CHANNEL, type NotificationRequest } from '@shared/ipc/contract';
import { focusPrimaryWindow, primaryWindow } from './windows';

// Held until closed: on some platforms a notification that is garbage-collected loses its click handler.
const shown = new Set<Notification>();

/** Shows a notification if the system supports them; silently does nothing otherwise. */
export function showNotification(request: NotificationRequest): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title: request.title, body: request.body });
  shown.add(notification);
  notification.on('click', () => {
    if (!focusPrimaryWindow()) return;
    if (request.concernId !== undefined) primaryWindow()?.webContents.send(OPEN_CONCERN_CHANNEL, { concernId: request.concernId });
  });
  notification.on('close', () => shown.delete(notification));
  notification.show();
}
