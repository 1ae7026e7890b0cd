/** The local database's public surface: features import from here, never from dexie. */
export { openNotebookDb, DEFAULT_DB_NAME, CURRENT_VERSION, type NotebookDb } from './database';
export {
  createConcern,
  updateConcern,
  getConcern,
  listConcernsBetween,
  historyOf,
  knownTags,
  countConcerns,
  type WriteContext,
  type UpdateResult,
} from './concern-store';
export { searchConcerns, SEARCH_TUNING, type SearchResult, type SearchTuning } from './search';
export { putDraft, deleteDraft, listDrafts } from './draft-store';
export { loadSettings, saveSettings, CorruptSettingsError } from './settings-store';
export { useLiveQuery } from 'dexie-react-hooks';
