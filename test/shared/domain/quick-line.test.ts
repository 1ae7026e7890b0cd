import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseQuickLine, renderQuickLine, tagAtCaret } from '@shared/domain/quick-line';
import { PRIORITIES, TAG_PATTERN, TagSchema } from '@shared/domain/concern';
import { LIMITS } from '@shared/domain/limits';

/** A word the parser must keep as summary text: no white space, not a #tag (#4B is text) and not a !mark. */
const summaryWord = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 }),
    fc.constantFrom('#4B', '#12', '!', '!!', '!1', 'Wow!', 'e-mail', 'St.', 'López', '(#x)', '¡hola!'),
  )
  .filter((w) => !/\s/u.test(w) && !/^#(?!\p{N})/u.test(w) && !/^!\p{L}/u.test(w));

const summaryArb = fc
  .array(summaryWord, { minLength: 1, maxLength: 25 })
  .map((words) => words.join(' '))
  .filter((s) => s.length <= LIMITS.summary);

/** A tag as TagSchema stores it; NFC, because the parser composes accents typed as combining marks. */
const tagArb = fc
  .stringMatching(TAG_PATTERN)
  .map((t) => t.normalize('NFC'))
  .filter((t) => TagSchema.safeParse(t).success);

const tagsArb = fc.uniqueArray(tagArb, { maxLength: LIMITS.tags });
const priorityArb = fc.constantFrom(...PRIORITIES);

/** Lines that mix marks, near-marks and white space far more often than random text would. */
const markyLine = fc
  .array(
    fc.oneof(
      fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u3000'),
      fc.constantFrom('#', '!', '#Foo', '#foo,', '#FOO.', '#4B', '!TOP', '!urgent', '!normal', '!high!', '!!'),
      fc.constantFrom('#café', '#cafe\u0301', '#東京', '#a-b_c', '#foo$bar', '!foo'),
      fc.constantFrom('Elm', 'St.', 'López', '¡Sí!'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      tagArb.map((t) => `#${t}`),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const anyLine = fc.oneof(
  markyLine,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ maxLength: 80 }),
);

describe('parseQuickLine and renderQuickLine properties', () => {
  it('reads back the summary, tags and priority it was given once they are rendered as a line', () => {
    fc.assert(
      fc.property(summaryArb, tagsArb, priorityArb, (summary, tags, priority) => {
        const parsed = parseQuickLine(renderQuickLine({ summary, tags, priority }));
        expect(parsed.errors).toEqual([]);
        expect(parsed.summary).toBe(summary);
        expect(parsed.tags).toEqual(tags);
        expect(parsed.priority).toBe(priority);
      }),
      { numRuns: 500 },
    );
  });

  it('parses a rendered error-free parse to the same result (parse, render, parse is idempotent)', () => {
    fc.assert(
      fc.property(anyLine, (line) => {
        const first = parseQuickLine(line);
        fc.pre(first.errors.length === 0);
        expect(parseQuickLine(renderQuickLine(first))).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and leaves no stray white space in the summary, whatever is typed', () => {
    fc.assert(
      fc.property(anyLine, (line) => {
        const { summary, tags } = parseQuickLine(line);
        expect(summary).toBe(summary.trim());
        expect(summary).not.toMatch(/\s\s/u);
        expect(new Set(tags).size).toBe(tags.length);
      }),
      { numRuns: 500 },
    );
  });

  it('only ever yields tags the concern schema accepts', () => {
    fc.assert(
      fc.property(anyLine, (line) => {
        for (const tag of parseQuickLine(line).tags) expect(TagSchema.safeParse(tag).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseQuickLine', () => {
  it('splits the issue example into summary, tag and priority', () => {
    expect(parseQuickLine('Mrs Lopez called, streetlight out on Elm St #streetlights !top')).toEqual({
      summary: 'Mrs Lopez called, streetlight out on Elm St',
      tags: ['streetlights'],
      priority: 'top',
      errors: [],
    });
  });

  it('takes marks from anywhere in the line and folds runs of white space', () => {
    const parsed = parseQuickLine('  #potholes   Deep hole\toutside\n no. 12 !high  ');
    expect(parsed.summary).toBe('Deep hole outside no. 12');
    expect(parsed.tags).toEqual(['potholes']);
    expect(parsed.priority).toBe('high');
  });

  it('defaults the priority to normal when the line has no mark', () => {
    expect(parseQuickLine('Bins not collected').priority).toBe('normal');
  });

  it('drops trailing punctuation from a tag', () => {
    const parsed = parseQuickLine('Holes on #potholes, #roads. and #bins!) again');
    expect(parsed.tags).toEqual(['potholes', 'roads', 'bins']);
    expect(parsed.summary).toBe('Holes on and again');
    expect(parsed.errors).toEqual([]);
  });

  it('keeps a # followed by a digit as text, so flat and bus numbers stay in the summary', () => {
    const parsed = parseQuickLine('Leak in flat #4B and on bus #12');
    expect(parsed.summary).toBe('Leak in flat #4B and on bus #12');
    expect(parsed.tags).toEqual([]);
    expect(parsed.errors).toEqual([]);
  });

  it('reads !urgent as top priority', () => {
    expect(parseQuickLine('Gas smell !urgent').priority).toBe('top');
  });

  it('reads priority marks case-insensitively and with trailing punctuation', () => {
    expect(parseQuickLine('Tree down !HIGH.').priority).toBe('high');
    expect(parseQuickLine('Tree down !Top!').priority).toBe('top');
  });

  it('lets the last priority mark win, so !normal resets an earlier one', () => {
    expect(parseQuickLine('Noise !top !normal').priority).toBe('normal');
    expect(parseQuickLine('Noise !high !top').priority).toBe('top');
  });

  it('keeps a ! not followed by a letter as text', () => {
    const parsed = parseQuickLine('Wow! Third time ! !! !1');
    expect(parsed.summary).toBe('Wow! Third time ! !! !1');
    expect(parsed.priority).toBe('normal');
    expect(parsed.errors).toEqual([]);
  });

  it('reports an unknown priority mark with the word as typed', () => {
    const parsed = parseQuickLine('Broken bench !foo');
    expect(parsed.errors).toEqual([
      { token: '!foo', message: '"!foo" is not a priority: use !top or !high (or !normal)' },
    ]);
    expect(parsed.summary).toBe('Broken bench');
    expect(parsed.priority).toBe('normal');
  });

  it('reports a bare # that has no tag name', () => {
    expect(parseQuickLine('Broken bench # here').errors).toEqual([
      { token: '#', message: 'A # needs a tag name right after it, like #streetlights' },
    ]);
  });

  it('reports a # followed only by punctuation as a missing tag name', () => {
    expect(parseQuickLine('Broken bench #,').errors).toEqual([
      { token: '#,', message: 'A # needs a tag name right after it, like #streetlights' },
    ]);
  });

  it('reports a malformed tag with a message naming the word and the tag rule', () => {
    const parsed = parseQuickLine('Graffiti #foo$bar');
    expect(parsed.errors).toEqual([
      {
        token: '#foo$bar',
        message: '"#foo$bar" is not a valid tag: a tag starts with a letter and uses only letters, numbers, - and _',
      },
    ]);
    expect(parsed.tags).toEqual([]);
  });

  it('reports a tag that starts with punctuation rather than a letter', () => {
    expect(parseQuickLine('Graffiti #_x #-y').errors.map((e) => e.token)).toEqual(['#_x', '#-y']);
  });

  it('reports a tag longer than the tag limit', () => {
    const long = `#${'a'.repeat(LIMITS.tag + 1)}`;
    expect(parseQuickLine(`Graffiti ${long}`).errors).toEqual([
      { token: long, message: `The tag "${long}" is longer than ${LIMITS.tag} characters` },
    ]);
    expect(parseQuickLine(`Graffiti #${'a'.repeat(LIMITS.tag)}`).errors).toEqual([]);
  });

  it('asks for a summary when the line is empty or white space only', () => {
    const message = 'Write what the concern is about before saving';
    expect(parseQuickLine('').errors).toEqual([{ token: '', message }]);
    expect(parseQuickLine(' \t ').errors).toEqual([{ token: '', message }]);
  });

  it('asks for a summary when the line holds only marks', () => {
    expect(parseQuickLine('#potholes !top').errors).toEqual([
      { token: '', message: 'Write what the concern is about before saving' },
    ]);
  });

  it('accepts a summary at the limit and reports one over it with its length', () => {
    expect(parseQuickLine('a'.repeat(LIMITS.summary)).errors).toEqual([]);
    const over = parseQuickLine(`${'a'.repeat(LIMITS.summary - 2)} bc`);
    const length = LIMITS.summary + 1;
    expect(over.errors).toEqual([
      {
        token: '',
        message: `The summary is ${length} characters; keep it under ${LIMITS.summary} and put the rest in the details (Shift+Enter)`,
      },
    ]);
  });

  it('measures the summary after marks are taken out and white space is folded', () => {
    const line = `${'a'.repeat(LIMITS.summary)}     #${'b'.repeat(30)} !top`;
    expect(parseQuickLine(line).errors).toEqual([]);
  });

  it('collapses duplicate tags, keeping the order first typed', () => {
    expect(parseQuickLine('Dark street #lights #roads #Lights #lights, #roads').tags).toEqual(['lights', 'roads']);
  });

  it('folds tags to lower case', () => {
    expect(parseQuickLine('Dark street #StreetLights #ÉCLAIRAGE').tags).toEqual(['streetlights', 'éclairage']);
  });

  it('reports more distinct tags than a concern can hold', () => {
    const tags = Array.from({ length: LIMITS.tags + 1 }, (_, i) => `#t${i}`).join(' ');
    expect(parseQuickLine(`Many ${tags}`).errors).toEqual([
      { token: '', message: `A concern can have at most ${LIMITS.tags} tags` },
    ]);
  });

  it('accepts tags in scripts without case and with combining marks', () => {
    const parsed = parseQuickLine('Report #東京 #שלום #सड़क #ラーメン');
    expect(parsed.errors).toEqual([]);
    expect(parsed.tags).toEqual(['東京', 'שלום', 'सड़क'.normalize('NFC'), 'ラーメン']);
  });

  it('treats an accent typed as a combining mark as the same tag as the precomposed one', () => {
    const parsed = parseQuickLine('Menu #cafe\u0301 #café');
    expect(parsed.tags).toEqual(['café']);
    expect(parsed.errors).toEqual([]);
  });

  it('lists every problem in the line, in the order typed', () => {
    expect(parseQuickLine('Bench # !foo #a$b').errors.map((e) => e.token)).toEqual(['#', '!foo', '#a$b']);
  });
});

describe('renderQuickLine', () => {
  it('writes summary, tags and a non-normal priority as one line', () => {
    expect(renderQuickLine({ summary: 'Streetlight out', tags: ['streetlights', 'elm-st'], priority: 'high' })).toBe(
      'Streetlight out #streetlights #elm-st !high',
    );
  });

  it('leaves out the priority mark for normal priority', () => {
    expect(renderQuickLine({ summary: 'Streetlight out', tags: [], priority: 'normal' })).toBe('Streetlight out');
  });

  it('trims the summary and leaves no stray spaces when it is empty', () => {
    expect(renderQuickLine({ summary: '  ', tags: ['bins'], priority: 'top' })).toBe('#bins !top');
    expect(renderQuickLine({ summary: ' Bins ', tags: [], priority: 'normal' })).toBe('Bins');
  });
});

describe('tagAtCaret', () => {
  it('gives the tag being typed at the end of the line and where its # is', () => {
    expect(tagAtCaret('Dark on Elm St #Stree', 21)).toEqual({ prefix: 'stree', start: 15 });
  });

  it('gives an empty prefix right after a lone #', () => {
    expect(tagAtCaret('Dark #', 6)).toEqual({ prefix: '', start: 5 });
  });

  it('reads only the part of the word before the caret', () => {
    expect(tagAtCaret('#streetlights out', 4)).toEqual({ prefix: 'str', start: 0 });
  });

  it('gives nothing when the word at the caret is not a tag', () => {
    expect(tagAtCaret('Dark street', 11)).toBeUndefined();
    expect(tagAtCaret('#lights out', 11)).toBeUndefined();
    expect(tagAtCaret('#lights ', 8)).toBeUndefined();
  });

  it('gives nothing for a # inside a word', () => {
    expect(tagAtCaret('foo#bar', 7)).toBeUndefined();
  });

  it('gives nothing for # followed by a digit, which the parser keeps as text', () => {
    expect(tagAtCaret('Flat #4', 7)).toBeUndefined();
    expect(tagAtCaret('Flat #4B', 8)).toBeUndefined();
  });

  it('keeps the start on the # when the caret is past the end of the line', () => {
    expect(tagAtCaret('Dark #str', 50)).toEqual({ prefix: 'str', start: 5 });
  });

  it('gives nothing for a caret before the start of the line', () => {
    expect(tagAtCaret('#str', -1)).toBeUndefined();
  });

  it('completes tags in scripts with combining marks', () => {
    const line = 'Road #\u0938\u0921\u093c';
    expect(tagAtCaret(line, line.length)).toEqual({ prefix: '\u0938\u0921\u093c', start: 5 });
  });
});
