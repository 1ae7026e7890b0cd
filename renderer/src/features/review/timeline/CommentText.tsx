/**
 * A comment's text with its @mentions shown as names: the comment dialog writes "@Display Name" into the text
 * and the staff ids into `mentions`, so each "@Name" of a mentioned colleague is marked as a mention (a name
 * changed since reads under the new name); a raw "@<staff id>" is shown as the colleague's name.
 */
import type { ReactNode } from 'react';
import type { ConcernComment } from '@shared/domain/review';
import { staffName } from './describe-event';

/** A piece of a comment: plain text, or a mention of a colleague by name. */
export type CommentPart = { readonly text: string } | { readonly mention: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits a comment into text and mentions of the colleagues it mentions. */
export function commentParts(comment: ConcernComment, staffNames: ReadonlyMap<string, string>): CommentPart[] {
  const alternatives = comment.mentions.flatMap((id) => {
    const name = staffNames.get(id);
    return [escape(id), ...(name === undefined ? [] : [escape(name)])];
  });
  if (alternatives.length === 0) return [{ text: comment.text }];
  // Longest first, so "@Ana Ruiz" is taken whole rather than as "@Ana".
  alternatives.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`@(${alternatives.join('|')})`, 'gu');
  const parts: CommentPart[] = [];
  let last = 0;
  for (const match of comment.text.matchAll(pattern)) {
    const at = match.index;
    if (at > last) parts.push({ text: comment.text.slice(last, at) });
    const said = match[1] ?? '';
    const id = comment.mentions.find((staffId) => staffId === said);
    parts.push({ mention: id === undefined ? said : staffName(staffNames, id) });
    last = at + match[0].length;
  }
  if (last < comment.text.length) parts.push({ text: comment.text.slice(last) });
  return parts;
}

/** The comment as a paragraph, mentions marked. */
export function CommentText({ comment, staffNames }: { comment: ConcernComment; staffNames: ReadonlyMap<string, string> }): ReactNode {
  return (
    <p className="timeline-comment">
      {commentParts(comment, staffNames).map((part, index) =>
        'mention' in part ? (
          <strong key={index} className="timeline-mention">
            @{part.mention}
          </strong>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
