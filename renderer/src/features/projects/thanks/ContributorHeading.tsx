/** A contributor's name and how to reach them, and the concerns they raised (each opens for staff). */
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { Contributor } from '@shared/domain/thanks';
import { useConcernOpener } from '../../../app/concern-opener';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';

/** The name to show for a contributor: theirs, or "Name not given". */
export function displayName(contributor: Pick<Contributor, 'name'>): string {
  return contributor.name === '' ? t('thanks.noName') : contributor.name;
}

/** The heading lines of a contributor. */
export function ContributorHeading({ contributor }: { contributor: Contributor }): ReactNode {
  const open = useConcernOpener();
  const { email, phone, concernIds, thanked } = contributor;
  const name = displayName(contributor);
  return (
    <>
      <p className="thanks-name">
        <strong>{name}</strong>
        {email !== '' && <span> · {email}</span>}
        {phone !== '' && <span> · {phone}</span>}
      </p>
      <p className="thanks-facts">
        {concernIds.length === 1 ? t('thanks.concernsOne') : t('thanks.concerns', { count: concernIds.length })}
        {open !== undefined &&
          concernIds.map((id, i) => (
            <Button key={id} className="link-button thanks-concern" onPress={() => open(id)} aria-label={t('thanks.openConcern', { number: i + 1, name })}>
              {t('thanks.concernLink', { number: i + 1 })}
            </Button>
          ))}
      </p>
      {thanked !== undefined && (
        <p className="thanks-facts" data-testid="thanks-done-line">
          {t('thanks.thankedLine', { by: thanked.by, date: formatDateTime(thanked.at), method: t(`thanks.method.${thanked.method}`) })}
          {thanked.note !== '' && <span> {t('thanks.note', { note: thanked.note })}</span>}
        </p>
      )}
    </>
  );
}
