/**
 * The forms that need only the desk (not the office connection), rendered to HTML inside a desk on
 * fake-indexeddb: the cursor starts in the first field, every field is labelled, and what they start with.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DESK_SETTINGS } from '@shared/domain/settings';
import { DeskProvider } from '../../../../../renderer/src/app/desk-context';
import type { Platform } from '../../../../../renderer/src/platform/platform';
import { AssignForm } from '../../../../../renderer/src/features/review/actions/AssignForm';
import { CommentForm } from '../../../../../renderer/src/features/review/actions/CommentForm';
import { MergeForm } from '../../../../../renderer/src/features/review/actions/MergeForm';
import { FlagForm, RespondForm } from '../../../../../renderer/src/features/review/actions/NoteForms';
import type { ActionFormProps } from '../../../../../renderer/src/features/review/actions/types';
import type { ReviewActionKind } from '../../../../../renderer/src/features/review/actions/action-request';
import { freshDb } from '../../../../helpers/fake-db';
import { concern, snapshot } from './fixtures';

// The forms read nothing of the platform bridge; the desk context still wants one.
const platform = {} as Platform;

function render(Form: (props: ActionFormProps) => ReactNode, kind: ReviewActionKind, c = concern()): string {
  const props: ActionFormProps = {
    request: { kind, concernIds: [c.id] },
    snapshots: [snapshot(c)],
    isRunning: false,
    problem: undefined,
    run: () => undefined,
    onCancel: () => undefined,
  };
  return renderToStaticMarkup(
    <DeskProvider db={freshDb()} platform={platform} initialSettings={DEFAULT_DESK_SETTINGS}>
      <Form {...props} />
    </DeskProvider>,
  );
}

/** The id of the control the label with `text` is for, and that control's tag. */
function labelled(html: string, text: string): string {
  const id = new RegExp(`<label[^>]*for="([^"]+)"[^>]*>${text}</label>`).exec(html)?.[1];
  expect(id, `a label "${text}"`).toBeDefined();
  const control = new RegExp(`<(input|textarea)[^>]*id="${id ?? ''}"[^>]*>`).exec(html)?.[0] ?? '';
  expect(control, `the control of "${text}"`).not.toBe('');
  return control;
}

describe('the forms', () => {
  it('flag: one labelled line for the reason, with the cursor in it', () => {
    const html = render(FlagForm, 'flag');
    expect(labelled(html, 'Why should a go-to person look at this\\?')).toMatch(/autofocus|autoFocus/i);
    expect(html).toContain('>Flag</button>');
  });

  it('comment: a labelled box offering mentions of colleagues', () => {
    const html = render(CommentForm, 'comment');
    const box = labelled(html, 'Comment');
    expect(box).toMatch(/^<textarea/);
    expect(box).toContain('aria-autocomplete="list"');
    expect(html).toContain('>Add comment</button>');
  });

  it('respond: starts on the way the citizen asked to hear back, and what was said is labelled', () => {
    const c = concern({ contact: { ...concern().contact, preferredReply: 'letter' } });
    const html = render(RespondForm, 'respond', c);
    expect(html).toContain('They asked to hear back by: Letter');
    expect(html).toMatch(/<label[^>]*data-selected="true"[^>]*>.*?Letter/);
    labelled(html, 'What was said');
  });

  it('assign and merge: say who has it and search for the concern to keep, the cursor in the search', () => {
    expect(render(AssignForm, 'assign')).toContain('Not assigned to anyone yet.');
    const merge = render(MergeForm, 'merge');
    expect(labelled(merge, 'Find the concern to keep')).toContain('role="combobox"');
    expect(merge).toContain('Type at least two letters.');
  });
});
