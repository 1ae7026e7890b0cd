// Gives every vitest file the IndexedDB API before any module (Dexie captures it at import) is loaded.
import 'fake-indexeddb/auto';
