/**
 * The two tables rendered to HTML (renderer tests run in Node, without a DOM): what each row says, and that
 * state is given in words as well as colour.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DeviceSession, StaffMember } from '../../../../shared/api/admin';
import { DevicesTable } from '../../../../renderer/src/features/admin/DevicesTable';
import { StaffTable } from '../../../../renderer/src/features/admin/StaffTable';

const ANA: StaffMember = {
  id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
  email: 'ana@town.example',
  displayName: 'Ana Ruiz',
  role: 'admin',
  isDisabled: false,
  mustChangePassword: false,
  createdAt: '2026-01-05T09:00:00.000Z',
};
const BEN: StaffMember = {
  ...ANA,
  id: '6f1c2c1e-4b9a-4c55-9d63-0b5f0b3e2a10',
  email: 'ben@town.example',
  displayName: 'Ben Ortiz',
  role: 'goto',
  isDisabled: true,
  mustChangePassword: true,
};

/** The text of each body row, cells joined by " | ". */
function rows(html: string): string[] {
  const body = html.slice(html.indexOf('<tbody>'));
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)]
      .map((cell) => (cell[1] ?? '').replace(/<svg.*?<\/svg>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim())
      .join(' | '),
  );
}

describe('the staff table', () => {
  it("says who is who, marks the admin's own row, and names each row's actions", () => {
    const html = renderToStaticMarkup(<StaffTable staff={[ANA, BEN]} myStaffId={ANA.id} onAction={() => undefined} />);
    expect(rows(html)).toEqual([
      'Ana Ruiz (you) | ana@town.example | Admin | Can sign in | Actions',
      'Ben Ortiz | ben@town.example | Go-to person | Turned off Has a temporary password | Actions',
    ]);
    expect(html).toContain('aria-label="Actions for Ben Ortiz"');
    expect(html).toContain('<caption class="visually-hidden">Staff of this office: 2</caption>');
    expect(html).toContain('<th scope="row" class="admin-name">Ben Ortiz</th>');
  });
});

describe('the devices table', () => {
  const now = new Date('2026-03-03T14:05:00.000Z');
  const session = (id: string, deviceLabel: string | null, lastSeenAt: string, isCurrent = false): DeviceSession => ({
    id,
    staffId: ANA.id,
    staffDisplayName: 'Ana Ruiz',
    staffEmail: 'ana@town.example',
    deviceLabel,
    createdAt: '2026-03-01T08:00:00.000Z',
    lastSeenAt,
    expiresAt: '2026-03-31T08:00:00.000Z',
    isCurrent,
  });

  it('offers to sign out every device but the one in use, and names devices without a label', () => {
    const sessions = [
      session('11111111-1111-4111-8111-111111111111', 'Front desk', '2026-03-03T14:04:50.000Z', true),
      session('22222222-2222-4222-8222-222222222222', null, '2026-03-03T11:00:00.000Z'),
    ];
    const html = renderToStaticMarkup(<DevicesTable sessions={sessions} mySessionId="" now={now} onSignOut={() => undefined} />);
    const [current, other] = rows(html);
    expect(current).toMatch(/^Front desk \| Ana Ruiz ana@town\.example \| just now \| .+ \| .+ \| This device$/);
    expect(other).toMatch(/^Unnamed device \| Ana Ruiz ana@town\.example \| 3 hours ago \| .+ \| .+ \| Sign out$/);
    expect(html).toContain('aria-label="Sign out Unnamed device (Ana Ruiz)"');
    expect(html).toContain('<time dateTime="2026-03-03T11:00:00.000Z"');
  });

  it("knows the app's own session by its id even before the server marks it", () => {
    const mine = session('33333333-3333-4333-8333-333333333333', 'Laptop', '2026-03-03T14:00:00.000Z');
    const html = renderToStaticMarkup(<DevicesTable sessions={[mine]} mySessionId={mine.id} now={now} onSignOut={() => undefined} />);
    expect(rows(html)[0]).toMatch(/This device$/);
  });
});
