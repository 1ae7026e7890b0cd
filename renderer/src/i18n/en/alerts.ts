/** Messages of the duty alerts (go-to people on duty hear of colleagues' top-priority concerns at once). */
export const alerts = {
  'alerts.title': 'Top priority, waiting for a go-to person',
  'alerts.item': '{summary} (logged by {by} at {time})',
  'alerts.open': 'Open',
  'alerts.dismiss': 'Dismiss',
  'alerts.dismissOne': 'Dismiss the alert about {summary}',
  'alerts.notification.title': 'Top-priority concern',
  'alerts.notification.body': '{summary} (logged by {by})',
  'clock.label': 'First response:',
  'clock.due': 'First response due {when}',
} as const;
