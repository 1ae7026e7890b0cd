/**
 * The registry of named mutators and the one way to run a mutation by name: parse the args with the
 * mutator's schema, then run it. Both the client and the server call runMutation (or applyMutation, which
 * adds an undo log); nothing else should call a mutator's run() directly, so args are always validated.
 */
import type { z } from 'zod';
import type { MutationContext } from './context';
import { InvalidArgs, MutationRejected } from './errors';
import type { Mutator } from './mutator';
import { deleteConcern, editConcern, logConcern } from './mutators/concern';
import { setPriority, setStatus } from './mutators/status';
import { addTags, removeTags } from './mutators/tags';
import type { SyncStore } from './store';

/** Every mutator, by the name that goes over the wire. */
export const MUTATORS = {
  logConcern,
  editConcern,
  setStatus,
  setPriority,
  addTags,
  removeTags,
  deleteConcern,
} as const;

/** Name of a mutator. */
export type MutatorName = keyof typeof MUTATORS;

/** The args a mutator accepts (its schema's input). */
export type MutatorArgs<N extends MutatorName> = z.input<(typeof MUTATORS)[N]['args']>;

/** A mutation as the client records it before it has an outbox id: a mutator name and its args. */
export type NamedMutation = { [N in MutatorName]: { name: N; args: MutatorArgs<N> } }[MutatorName];

/** True when the name is a mutator this version of the app knows. */
export function isMutatorName(name: string): name is MutatorName {
  return Object.hasOwn(MUTATORS, name);
}

/** Runs a mutation by name: validates the args, then applies it; throws MutationRejected when it cannot. */
export async function runMutation(store: SyncStore, name: string, args: unknown, ctx: MutationContext): Promise<void> {
  if (!isMutatorName(name)) {
    throw new MutationRejected(
      `This change was made by a version of Civic Notebook that this one does not understand ("${name}"), so it was not saved.`,
      'unknown-mutation',
      { name },
    );
  }
  // Widened on purpose: each registry entry's run() accepts exactly what its own schema outputs.
  const mutator: Mutator = MUTATORS[name];
  const parsed = mutator.args.safeParse(args);
  if (!parsed.success) throw new InvalidArgs(name, parsed.error.issues);
  await mutator.run(store, parsed.data, ctx);
}
