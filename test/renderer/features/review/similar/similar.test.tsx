/** Similar concerns as a reviewer reads them: their reasons in words, and Open / Merge into this one. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { emptyConcernFields, type Concern } from '@shared/domain/concern';
import { concernReference } from '@shared/domain/reference';
import { reasonsLine } from '../../../../../renderer/src/features/review/similar/similar-reasons';
import { SimilarList } from '../../../../../renderer/src/features/review/similar/SimilarList';
import { testId } from '../../../../helpers/concerns';

const at = '2026-12-03T09:00:00.000Z';
const other: Concern = { ...emptyConcernFields(), summary: 'Oak tree fell across Elm Street', id: testId(Date.parse(at)), createdAt: at, createdBy: 'Carl', updatedAt: at, updatedBy: 'Carl' };
const none = () => undefined;

describe('the reasons in words', () => {
  it('reads "same street, 3 days apart, most words shared"', () => {
    expect(reasonsLine([{ kind: 'street' }, { kind: 'days', days: 3 }, { kind: 'words', share: 0.6, words: ['oak', 'fallen'] }])).toBe(
      'same street, 3 days apart, most words shared (oak, fallen)',
    );
  });

  it('says same day, 1 day apart, and fewer words shared as the share falls', () => {
    expect(reasonsLine([{ kind: 'days', days: 0 }])).toBe('same day');
    expect(reasonsLine([{ kind: 'days', days: 1 }])).toBe('1 day apart');
    expect(reasonsLine([{ kind: 'words', share: 0.3, words: ['oak'] }])).toBe('some words shared (oak)');
    expect(reasonsLine([{ kind: 'words', share: 0.1, words: ['oak'] }, { kind: 'tags', tags: ['trees'] }])).toBe('a few words shared (oak), same tags: #trees');
  });
});

describe('the list of similar concerns', () => {
  const suggestions = [{ concern: other, score: 0.6, reasons: [{ kind: 'area' as const }] }];

  it('offers Open and, to those who may merge, Merge into this one, named after the concern', () => {
    const html = renderToStaticMarkup(<SimilarList concernId={testId(Date.parse(at))} suggestions={suggestions} canMerge onOpen={none} onMerge={none} />);
    const reference = concernReference(other.id);
    expect(html).toContain(`aria-label="Open ${reference}: Oak tree fell across Elm Street"`);
    expect(html).toContain(`aria-label="Merge into this one… (${reference}: Oak tree fell across Elm Street)"`);
    expect(html).toContain('same area');
  });

  it('offers no merge to those who may not, and says when there is nothing similar', () => {
    expect(renderToStaticMarkup(<SimilarList concernId={other.id} suggestions={suggestions} canMerge={false} onOpen={none} onMerge={none} />)).not.toContain('Merge');
    expect(renderToStaticMarkup(<SimilarList concernId={other.id} suggestions={[]} canMerge onOpen={none} onMerge={none} />)).toContain('No similar open concerns');
  });
});
