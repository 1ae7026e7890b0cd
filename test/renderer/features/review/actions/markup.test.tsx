/**
 * The dialogs' presentational parts rendered to HTML (no DOM in these tests): labels tied to their boxes,
 * problems as alerts, the pick list's combobox state, and the two sides of a merge.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { concernReference } from '@shared/domain/reference';
import { ActionFrame, targetWords } from '../../../../../renderer/src/features/review/actions/ActionFrame';
import { MergeCompare, contactCount } from '../../../../../renderer/src/features/review/actions/MergeCompare';
import { NoteField } from '../../../../../renderer/src/features/review/actions/NoteField';
import { PickList, movedIndex } from '../../../../../renderer/src/features/review/actions/PickList';
import { assignItems, assignedNowWords, UNASSIGN } from '../../../../../renderer/src/features/review/actions/AssignForm';
import { mergeCandidates } from '../../../../../renderer/src/features/review/actions/MergeForm';
import { preferredMethod } from '../../../../../renderer/src/features/review/actions/NoteForms';
import { mayDoKind } from '../../../../../renderer/src/features/review/actions/ReviewActionDialog';
import { permissionsOf } from '../../../../../renderer/src/features/review/permissions';
import { assignee, concern, snapshot, staff } from './fixtures';

const text = (html: string) => html.replace(/<svg.*?<\/svg>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const noop = () => undefined;
const ana = staff(1, 'Ana Ruiz');
const ben = staff(2, 'Ben Cole');

describe('the action frame', () => {
  it('names the concern acted on, shows a problem as an alert, and offers Cancel and the confirming button', () => {
    const c = concern({ summary: 'Streetlight out' });
    const html = renderToStaticMarkup(
      <ActionFrame snapshots={[snapshot(c)]} confirmLabel="Flag" isRunning={false} problem="Not saved: gone." onSubmit={noop} onCancel={noop}>
        <p>fields</p>
      </ActionFrame>,
    );
    expect(text(html)).toContain(`${concernReference(c.id)}: Streetlight out`);
    expect(html).toMatch(/<div role="alert" class="review-action-problem">.*Not saved: gone\./);
    expect(html).toMatch(/<button type="submit"[^>]*aria-keyshortcuts="Control\+Enter"[^>]*>Flag<\/button>/);
    expect(text(html)).toContain('Cancel');
  });

  it('counts and lists the references of a bulk action, and says it is saving while it runs', () => {
    const many = Array.from({ length: 7 }, () => snapshot(concern()));
    expect(targetWords(many)).toMatch(/^7 concerns: ([0-9A-F]{8}, ){4}[0-9A-F]{8} and 2 more$/);
    const html = renderToStaticMarkup(
      <ActionFrame snapshots={many} confirmLabel="Acknowledge" isRunning problem={undefined} onSubmit={noop} onCancel={noop}>
        {null}
      </ActionFrame>,
    );
    expect(html).toMatch(/<button type="submit"[^>]*disabled=""[^>]*>Saving…<\/button>/);
  });
});

describe('a note field', () => {
  it('ties its label, hint and error to the box, the error as an alert', () => {
    const html = renderToStaticMarkup(<NoteField label="Why?" hint="For example" error="Say why" value="" onChange={noop} />);
    const id = /<input id="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(html).toContain(`<label class="review-action-label" for="${id}">Why?</label>`);
    expect(html).toContain(`aria-describedby="${id}-hint ${id}-error"`);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(new RegExp(`<div id="${id}-error" role="alert"[^>]*>.*Say why`));
  });
});

describe('the pick list', () => {
  const items = [
    { id: 'a', text: 'Ana Ruiz', label: 'Ana Ruiz' },
    { id: 'b', text: 'Ben Cole (assigned now)', label: 'Ben Cole (assigned now)', isCurrent: true },
  ];
  const render = (activeId: string | undefined, list = items) =>
    renderToStaticMarkup(
      <PickList label="Assign to" hint="Type" listLabel="Go-to people" query="" onQueryChange={noop} items={list} emptyText="None" error={undefined} onPick={noop} activeId={activeId} onActiveChange={noop} />,
    );

  it('is a combobox over a listbox, the highlighted option its active descendant (the first until arrows move it)', () => {
    const html = render(undefined);
    const listId = /aria-controls="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(html).toContain('role="combobox"');
    expect(html).toContain(`<ul id="${listId}" role="listbox" aria-label="Go-to people"`);
    const first = /<li id="([^"]+)" role="option" aria-selected="true"/.exec(html)?.[1];
    expect(html).toContain(`aria-activedescendant="${first}"`);
    expect(render('b')).toMatch(/aria-selected="true" aria-label="Ben Cole \(assigned now\)"/);
  });

  it('says so when nothing fits, with no active descendant', () => {
    const html = render(undefined, []);
    expect(html).not.toContain('aria-activedescendant');
    expect(text(html)).toContain('None');
  });

  it('moves the highlight with the arrows, round the ends, and by pages without passing them', () => {
    expect(movedIndex('ArrowDown', 2, 3)).toBe(0);
    expect(movedIndex('ArrowUp', 0, 3)).toBe(2);
    expect(movedIndex('PageDown', 1, 3)).toBe(2);
    expect(movedIndex('PageUp', 3, 10)).toBe(0);
    expect(movedIndex('a', 0, 3)).toBeUndefined();
    expect(movedIndex('ArrowDown', 0, 0)).toBeUndefined();
  });
});

describe('assigning', () => {
  it('says who has the concern now, by name, or that it differs across a bulk', () => {
    const c = concern();
    expect(assignedNowWords([snapshot(c, [], [assignee(c.id, ana.id)])], [ana, ben])).toBe('Assigned now: Ana Ruiz');
    expect(assignedNowWords([snapshot(c)], [ana])).toBe('Not assigned to anyone yet.');
    expect(assignedNowWords([snapshot(c), snapshot(concern(), [], [assignee(c.id, ben.id)])], [ana, ben])).toBe(
      'Assigned now: it differs between the concerns.',
    );
  });

  it('lists the go-to people that fit what was typed, marks who has it now, and offers Nobody only when someone has it', () => {
    const c = concern();
    const held = [snapshot(c, [], [assignee(c.id, ben.id)])];
    expect(assignItems([ana, ben], '', held).map((i) => [i.id, i.text])).toEqual([
      [ana.id, 'Ana Ruiz'],
      [ben.id, 'Ben Cole (assigned now)'],
      [UNASSIGN, 'Nobody: unassign'],
    ]);
    expect(assignItems([ana, ben], 'co', held).map((i) => i.id)).toEqual([ben.id]);
    expect(assignItems([ana, ben], 'nob', held).map((i) => i.id)).toEqual([UNASSIGN]);
    expect(assignItems([ana, ben], '', [snapshot(c)]).map((i) => i.id)).toEqual([ana.id, ben.id]);
  });
});

describe('merging', () => {
  it('shows both sides with who raised each, how many people and contacts, and offers the swap', () => {
    const kept = concern({ summary: 'Lamp dark on Elm St', raisedCount: 2 });
    const dup = concern({ summary: 'Streetlight out', contact: { ...kept.contact, name: 'Maria Lopez' } });
    const html = renderToStaticMarkup(<MergeCompare kept={kept} duplicates={[dup]} onSwap={noop} onChange={noop} />);
    const words = text(html);
    expect(words).toContain(`Kept ${concernReference(kept.id)} Lamp dark on Elm St Raised by Anonymous or no name People who raised it 2 Contacts 0`);
    expect(words).toContain(`Duplicate (closed) ${concernReference(dup.id)} Streetlight out Raised by Maria Lopez People who raised it 1 Contacts 1`);
    expect(words).toContain('Swap which one is kept');
    expect(words).toContain('contacts, comments, tags and history move to the kept concern');
    expect(contactCount(dup)).toBe(1);
  });

  it('lists several duplicates without a swap, and never offers a duplicate or a concern merged away as the one kept', () => {
    const [a, b] = [concern(), concern()];
    const html = renderToStaticMarkup(<MergeCompare kept={concern()} duplicates={[a, b]} onSwap={undefined} onChange={noop} />);
    expect(text(html)).toContain('Duplicates (closed): 2');
    expect(html).not.toContain('Swap');
    const merged = concern({ mergedInto: a.id });
    const open = concern();
    expect(mergeCandidates([a, merged, open, b], [a.id, b.id])).toEqual([open]);
  });
});

describe('who may do what, and what the response starts with', () => {
  it('offers priority to counter staff (they may raise it) but not status, and nothing to a facilitator', () => {
    expect(mayDoKind(permissionsOf('counter'), 'priority')).toBe(true);
    expect(mayDoKind(permissionsOf('counter'), 'status')).toBe(false);
    expect(mayDoKind(permissionsOf('counter'), 'flag')).toBe(true);
    expect(mayDoKind(permissionsOf('facilitator'), 'comment')).toBe(false);
    expect(mayDoKind(permissionsOf('goto'), 'merge')).toBe(true);
  });

  it('starts the response on the way the citizen asked to hear back, when the concerns agree', () => {
    const byEmail = concern({ contact: { ...concern().contact, preferredReply: 'email', email: 'a@b.example' } });
    const none = concern();
    expect(preferredMethod([snapshot(byEmail)])).toBe('email');
    expect(preferredMethod([snapshot(byEmail), snapshot(none)])).toBeUndefined();
    expect(preferredMethod([snapshot(none)])).toBeUndefined();
  });
});
