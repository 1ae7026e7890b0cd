/**
 * Sending a reply: the way it goes first (the mail program opened, or the text copied), then the response
 * recorded on the concern (recordResponse, which stops the response clock). When the first step fails nothing
 * is recorded; when recording fails the text stays in the composer. Either way the person is told which.
 */
import { useState } from 'react';
import type { Concern } from '@shared/domain/concern';
import { MAX_COMMENT_LENGTH } from '@shared/domain/review';
import { withLocalMutations } from '../../../db';
import { useDesk } from '../../../app/desk-context';
import { useAnnounce } from '../../../app/announcer';
import { t } from '../../../i18n';
import { reasonOf } from '../actions/run-action';
import { replyMailto, sendWayOf, type ResponseMethod } from './reply-compose';

/** The reply as composed. */
export interface ComposedReply {
  readonly method: ResponseMethod;
  readonly subject: string;
  readonly text: string;
}

/** The sender's state and send(). */
export interface ReplySender {
  readonly isSending: boolean;
  /** Why the last send did not go through ('' when it did, or before any). */
  readonly problem: string;
  /** Resolves true once the response is recorded. */
  send(reply: ComposedReply): Promise<boolean>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function copy(text: string): Promise<void> {
  // Electron's renderer and a browser on the office's own address both offer the async clipboard.
  if (globalThis.navigator?.clipboard === undefined) throw new Error('no clipboard here');
  await globalThis.navigator.clipboard.writeText(text);
}

/** A sender for replies on `concern`. */
export function useReplySend(concern: Concern): ReplySender {
  const { db, platform, settings } = useDesk();
  const announce = useAnnounce();
  const [isSending, setIsSending] = useState(false);
  const [problem, setProblem] = useState('');

  // What went out and how, or why it could not: the problem's words, or the words to announce once recorded.
  const goOut = async (reply: ComposedReply, text: string): Promise<{ problem: string } | { done: string }> => {
    const way = sendWayOf(reply.method);
    if (way === 'copy') {
      try {
        await copy(text);
      } catch (error) {
        return { problem: t('reply.copyFailed', { reason: messageOf(error) }) };
      }
      return { done: t('reply.sent.copy') };
    }
    if (way === 'email') {
      const mail = replyMailto(concern.contact.email, reply.subject, text);
      try {
        // Too long for a link: the mail program opens with the subject, and the text waits on the clipboard.
        if (!mail.hasText) await copy(text);
        await platform.openExternal(mail.url);
      } catch (error) {
        return { problem: t('reply.mailFailed', { reason: messageOf(error) }) };
      }
      return { done: t(mail.hasText ? 'reply.sent.email' : 'reply.sent.emailCopied') };
    }
    return { done: t('reply.sent.record') };
  };

  const send = async (reply: ComposedReply): Promise<boolean> => {
    const text = reply.text.trim();
    if (text === '') return fail(t('reply.empty'));
    if (text.length > MAX_COMMENT_LENGTH) return fail(t('reply.tooLong', { max: MAX_COMMENT_LENGTH }));
    setIsSending(true);
    setProblem('');
    try {
      const out = await goOut(reply, text);
      if ('problem' in out) return fail(out.problem);
      const author = { at: new Date().toISOString(), by: settings.staffName };
      await withLocalMutations(db, author, (write) => write.run('recordResponse', { id: concern.id, method: reply.method, text }));
      announce(out.done);
      return true;
    } catch (error) {
      return fail(t('reply.failed', { reason: reasonOf(error).reason }));
    } finally {
      setIsSending(false);
    }
  };

  // Shown in the composer's alert region, which announces it: no second announcement.
  function fail(message: string): false {
    setProblem(message);
    return false;
  }

  return { isSending, problem, send: (reply) => (isSending ? Promise.resolve(false) : send(reply)) };
}
