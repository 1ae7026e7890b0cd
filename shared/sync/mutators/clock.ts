/** The response clock as mutators stop it: the first answer, acknowledgement or taking-up sets firstResponseAt. */
import { reviewStateOf, type Concern } from '../../domain/concern';
import type { FieldChange } from '../../domain/history';
import type { MutationContext } from '../context';

/** The firstResponseAt change an answer at ctx.at makes: none when an earlier answer already stopped the clock. */
export function clockStop(concern: Concern, ctx: MutationContext): FieldChange | undefined {
  const from = reviewStateOf(concern).firstResponseAt;
  // ISO 8601 UTC timestamps with milliseconds (TimestampSchema) sort as text in time order.
  if (from !== null && from <= ctx.at) return undefined;
  return { field: 'firstResponseAt', from, to: ctx.at };
}
