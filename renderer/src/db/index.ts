/** The local database's public surface: features and the sync engine import from here, never from dexie. */
export { openNotebookDb, DEFAULT_DB_NAME, type NotebookDb, type OutboxEntry } from './database';
export { CURRENT_VERSION } from './schema-versions';
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
export {
  runLocalMutation,
  withLocalMutations,
  onLocalMutation,
  type LocalWrite,
  type MutationAuthor,
} from './local-mutations';
export { createDexieStore, syncTablesOf } from './dexie-store';
export { readSyncState, ensureClientId, recordSyncProblem, clearSyncProblem, type SyncState, type StoredProblem } from './sync-state';
export { outboxAfter, oldestPending, countPending, recordServerRejections, type ServerRejection } from './outbox';
export { applyPulledPage, restartFromEpoch, type PulledPage, type PageOutcome, type LocalRejection } from './pulled-page';
export { readOfficeRecord, writeOfficeRecord, markSignedOut, takeNewClientId, type OfficeRecord } from './office-record';
export { waitingTopPriority, alertedConcerns, markAlerted } from './alerts';
export { escalationsOf } from './escalations';
export { escalationAlerts, failureKey, takeUnrungFailures, dismissedFailures, dismissFailure, type EscalationWithConcern } from './escalation-failures';
export { acknowledgementOf } from './acknowledgements';
export { escalationsWaitingAtDesk, fallbacksOf, raisesToTop, type WaitingEscalation } from './fallbacks';
export { readOfficeProfile } from './office-profile';
export { officeStaff, goToPeople } from './staff-directory';
export { useLiveQuery } from 'dexie-react-hooks';
export { correctionsInForce, allCorrections, agendaOf, decisionsOf, decisionsOfMonthBefore, monthBefore } from './meeting';
export { historySourceOf, countAlreadyImported, importHistoryRows, type HistoryImportOutcome } from './history-import';
export { contributorsOfProject, thanksOfProject } from './thanks';
export { projectSummaries, projectSummary, linkedConcernsOf, projectsOfConcern, projectsFromMonth, figuresOf, type ProjectSummary, type LinkedConcern, type ConcernProject } from './projects';
