/** A concern as the concerns table stores it: the domain record plus the search terms its index reads. */
import type { Concern } from '@shared/domain/concern';
import { searchTermsOfConcern } from '@shared/domain/search-terms';
import type { StoredConcern } from './database';

/** The row to store for a concern: the record with its search terms (its short reference among them). */
export function toStored(concern: Concern): StoredConcern {
  return { ...concern, terms: searchTermsOfConcern(concern) };
}

/** Strips storage-only fields, returning the domain record. */
export function fromStored(row: StoredConcern): Concern {
  const { terms: _terms, ...concern } = row;
  return concern;
}
