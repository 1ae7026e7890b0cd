/**
 * Messages of the alerts: duty alerts (go-to people on duty hear of colleagues' top-priority concerns at once)
 * and failure alerts (go-to people and admins hear of priority emails that failed).
 */
export const alerts = {
  'alerts.title': 'Top priority, waiting for a go-to person',
  'alerts.item': '{summary} (logged by {by} at {time})',
  'alerts.open': 'Open',
  'alerts.dismiss': 'Dismiss',
  'alerts.dismissOne': 'Dismiss the alert about {summary}',
  'alerts.notification.title': 'Top-priority concern',
  'alerts.notification.body': '{summary} (logged by {by})',
  'alerts.failures.title': 'Priority emails that failed',
  'alerts.failures.item': 'The priority email about “{summary}” failed: {reason}',
  'alerts.failures.followed': '“{summary}”: {state}',
  'alerts.failures.openOne': 'Open “{summary}”',
  'alerts.failures.notification.title': 'Priority email failed',
  'alerts.failures.notification.body': '{summary}: {reason}',
  'clock.label': 'First response:',
  'clock.due': 'First response due {when}',
} as const;
