/**
 * The public page's rendering, without a server: hostile text in every field is escaped (never markup, never a
 * script), projects are grouped in the order the public reads them, and personal data typed into public fields
 * never reaches the page or the feeds, whether it belongs to a linked concern's contact or is only recognisable
 * as an email, phone number, address or a name after a cue.
 */
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '@shared/patterns/redact';
import { indexPersonal } from '../../../server/src/public/personal-index';
import { escapeMarkup } from '../../../server/src/public/escape';
import { paragraphs } from '../../../server/src/public/format';
import { groupByStatus, publicProjectsOf, raisedByOf, type PublicProject } from '../../../server/src/public/public-projects';
import { renderAtom, renderJsonFeed, renderRss } from '../../../server/src/public/render-feeds';
import { renderPage } from '../../../server/src/public/render-page';
import { concernId } from '../sync/support';
import { concern, projectRow } from '../public-page/support';

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)> & ' " ]]> \u0000\u0007 \uD800`;

function page(projects: readonly PublicProject[], changes: Partial<Parameters<typeof renderPage>[0]> = {}): string {
  return renderPage({ name: 'Town Hall', introduction: '', websiteUrl: '', logoUrl: undefined, basePath: '/public/town-hall/', projects, isEmbedded: false, ...changes });
}

function feeds(projects: readonly PublicProject[], name = 'Town Hall'): string[] {
  const view = { officeId: '0b8c8a8e-5f3c-4d7e-9c1a-2b3c4d5e6f70', name, pageUrl: 'https://n.example/public/town-hall/', logoUrl: undefined, projects };
  return [renderJsonFeed(view), renderRss(view), renderAtom(view)];
}

describe('escaping', () => {
  it('writes markup characters as entities and drops what XML cannot hold', () => {
    expect(escapeMarkup(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeMarkup('a\u0000b\u0008c\tkeeps\nlines\uFFFE')).toBe('abc\tkeeps\nlines');
    expect(escapeMarkup('\uD83D\uDE00 stays, a lone \uD83D goes')).toBe('\uD83D\uDE00 stays, a lone  goes');
  });

  it('keeps hostile text in every field of a project as text on the page and in the feeds', () => {
    const row = projectRow({ title: HOSTILE.slice(0, 120), publicSummary: HOSTILE, milestones: [{ id: projectRow().id, title: HOSTILE, due: '', doneAt: null }] });
    const { projects } = publicProjectsOf([row], []);
    const html = page(projects, { name: HOSTILE, introduction: HOSTILE, websiteUrl: 'https://town.example/?a="><script>' });
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html.includes('\u0000') || html.includes('\u0007')).toBe(false);
    const [json, rss, atom] = feeds(projects, HOSTILE);
    const parsed = JSON.parse(json ?? '') as { items: { title: string; content_html: string }[] };
    expect(parsed.items[0]?.title).toContain('<script>alert("x")</script>');
    expect(parsed.items[0]?.content_html).not.toMatch(/<script|<img/);
    for (const xml of [rss, atom]) {
      const fail = (m: string) => {
        throw new Error(m);
      };
      new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(xml ?? '', 'application/xml');
      expect(xml).not.toMatch(/<script|<img/);
    }
  });

  it('turns blank lines into paragraphs and single line breaks into <br>, nothing else', () => {
    expect(paragraphs('One\nline <b>\n\nTwo')).toBe('<p>One<br>line &lt;b&gt;</p>\n<p>Two</p>');
  });
});

describe('grouping', () => {
  it('shows in progress, planned, done, proposed, then declined, leaving out empty statuses, newest change first', () => {
    const rows = [
      projectRow({ title: 'Old proposal', status: 'proposed', statusChangedAt: '2026-01-01T00:00:00.000Z' }),
      projectRow({ title: 'Done one', status: 'done', statusChangedAt: '2026-02-01T00:00:00.000Z' }),
      projectRow({ title: 'Later work', status: 'in-progress', statusChangedAt: '2026-03-02T00:00:00.000Z' }),
      projectRow({ title: 'Earlier work', status: 'in-progress', statusChangedAt: '2026-03-01T00:00:00.000Z' }),
      projectRow({ title: 'No', status: 'declined', completedDate: '2026-03-05', statusChangedAt: '2026-03-05T00:00:00.000Z' }),
    ];
    const { projects } = publicProjectsOf(rows, []);
    const groups = groupByStatus(projects);
    expect(groups.map((g) => g.status)).toEqual(['in-progress', 'done', 'proposed', 'declined']);
    expect(groups[0]?.projects.map((p) => p.title)).toEqual(['Later work', 'Earlier work']);
    const html = page(projects);
    const order = ['id="in-progress"', 'id="done"', 'id="proposed"', 'id="declined"'].map((s) => html.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).not.toContain('id="planned"');
    expect(html).toContain('Not going ahead');
  });

  it('leaves out private projects and rows that are not valid projects', () => {
    const { projects } = publicProjectsOf([projectRow({ isPublic: false }), { id: 'x', title: 'broken' }, null, projectRow({ title: 'Shown' })], []);
    expect(projects.map((p) => p.title)).toEqual(['Shown']);
  });

  it('says so when there is nothing to show', () => {
    expect(page([])).toContain('There are no projects on this page yet.');
  });

  it('counts the people who raised a project, a merged concern once, in the one it was merged into', () => {
    expect(raisedByOf([
      { concernId: concernId(1), concern: concern(1, { raisedCount: 4 }) },
      { concernId: concernId(2), concern: concern(2, { mergedInto: concernId(1) }) },
      { concernId: concernId(3), concern: concern(3, { mergedInto: concernId(9) }) },
      { concernId: concernId(4), concern: { raisedCount: 'many' } },
    ])).toBe(4 + 1 + 1);
  });
});

describe('no personal data', () => {
  const people = [
    { name: 'Maria Lopez', email: 'maria.lopez@example.org', phone: '555 014 2368', address: '12 Oak Lane' },
    { name: 'Tomasz Wiśniewski', email: 'tomasz@wisniewski.example', phone: '+48 601 234 567', address: '7 Rue des Lilas' },
    { name: 'Aiko Tanaka', email: 'aiko.t@example.jp', phone: '(03) 5555 0199', address: '221 Baker Street' },
  ];
  const linked = people.map((p, i) => ({
    projectId: 'p',
    concernId: concernId(i),
    concern: concern(i, {
      contact: { name: p.name, email: p.email, phone: p.phone, preferredReply: 'none', consentToContact: true, anonymous: false },
      location: { address: p.address, area: 'Centre' },
    }),
  }));
  const everything = people.map((p) => `${p.name} ${p.email} ${p.phone} ${p.address}`).join('; ');

  it('redacts the linked contacts and whatever the detectors recognise from every public field', () => {
    const row = projectRow({
      title: 'Lights for Maria Lopez',
      publicSummary: `Thanks to ${everything}. Wiśniewski and Tanaka agreed. Also call bob@example.com or 0161 496 0000; my name is Peter Jones.`,
      milestones: [{ id: projectRow().id, title: `Write to ${people[1]?.email}`, due: '', doneAt: null }],
    });
    const { projects, personal } = publicProjectsOf([{ ...row, id: row.id }], linked.map((l) => ({ ...l, projectId: row.id })));
    expect(personal).toEqual(expect.arrayContaining(['Maria Lopez', 'maria.lopez@example.org', '555 014 2368', '12 Oak Lane']));
    const outputs = [page(projects), ...feeds(projects)];
    for (const output of outputs) {
      for (const p of people) {
        for (const value of [p.name, p.email, p.phone, p.address, ...p.name.split(' ')]) expect(output, value).not.toContain(value);
      }
      for (const value of ['bob@example.com', '0161 496 0000', 'Peter Jones']) expect(output, value).not.toContain(value);
    }
    expect(projects[0]?.title).toBe('Lights for [name]');
  });

  it('never shows staff names, descriptions or the concerns themselves', () => {
    const row = projectRow({ owner: 'Fay Moss', createdBy: 'Fay Moss', updatedBy: 'Gus Hale', description: 'Private description' });
    const { projects } = publicProjectsOf([row], [{ projectId: row.id, concernId: concernId(1), concern: concern(1, { summary: 'Broken bench at the bus stop' }) }]);
    for (const output of [page(projects), ...feeds(projects)]) {
      for (const value of ['Fay Moss', 'Gus Hale', 'Private description', 'Broken bench']) expect(output).not.toContain(value);
    }
  });
});

describe('searching only the personal strings a text may hold', () => {
  const personal = ['Maria Lopez', "Seán O'Brien", 'maria.lopez@example.org', '555 014 2368', '+48 601 234 567', '12 Oak Lane, Springfield', 'Rose', 'İlker Öz', 'ANN LEE'];
  const index = indexPersonal(personal);

  it('redacts exactly as searching all of them would', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...personal, 'Lopez', "O'BRIEN", 'lopez', 'MARIA', 'Rose Hill', 'rose', '555-014-2368', '5550142368', '48 601 234 567', 'Oak Lane', 'Springfield', 'ilker', 'Lee', 'Lopez’s'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), fc.constantFrom(' ', ', ', '\n', '', '.'), (parts, glue) => {
        const text = parts.join(glue);
        expect(redact(text, index.relevantTo(text))).toBe(redact(text, personal));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves out the strings none of whose words are in the text', () => {
    expect(index.relevantTo('Bright lamps at Elm Street')).toEqual([]);
    const relevant = index.relevantTo('Thanks to Lopez');
    expect(relevant).toEqual(expect.arrayContaining(['Maria Lopez', 'maria.lopez@example.org']));
    for (const absent of ['555 014 2368', '12 Oak Lane, Springfield', 'Rose', 'ANN LEE']) expect(relevant).not.toContain(absent);
  });
});
