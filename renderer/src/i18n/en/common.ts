/** Messages used across the app. */
export const common = {
  'app.name': 'Civic Notebook',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.save': 'Save',
} as const;
