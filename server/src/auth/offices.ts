/**
 * Offices as the server's CLI names them: by id or by name. The first office comes from setup; further ones
 * from `npm run server:admin -- add-office`.
 */
import type { Queryable } from '../db/db';
import { IdSchema } from '../../../shared/api/staff';
import { AuthError } from './errors';

/** An office. */
export interface Office {
  readonly id: string;
  readonly name: string;
}

/** Every office, by name. */
export async function listOffices(q: Queryable): Promise<Office[]> {
  const { rows } = await q.query<Office>('select id, name from offices order by name, id');
  return rows;
}

/** Adds an office (without staff: add its admin next). */
export async function addOffice(q: Queryable, name: string): Promise<Office> {
  const { rows } = await q.query<Office>('insert into offices (name) values ($1) returning id, name', [name]);
  const row = rows[0];
  if (row === undefined) throw new Error('insert into offices returned no row');
  return row;
}

function named(offices: readonly Office[]): string {
  return offices.map((office) => `"${office.name}" (${office.id})`).join(', ');
}

/** The office with this id, or the one office with this name (case does not matter). */
export async function findOffice(q: Queryable, idOrName: string): Promise<Office> {
  const wanted = idOrName.trim();
  const isId = IdSchema.safeParse(wanted).success;
  const { rows } = await q.query<Office>(
    isId ? 'select id, name from offices where id = $1' : 'select id, name from offices where lower(name) = lower($1) order by id',
    [wanted],
  );
  const [first] = rows;
  if (first === undefined) {
    const all = await listOffices(q);
    const known = all.length === 0 ? 'There are no offices yet.' : `The offices are: ${named(all)}.`;
    throw new AuthError(404, 'not-found', `There is no office "${wanted}". ${known}`);
  }
  if (rows.length > 1) throw new AuthError(409, 'ambiguous-office', `Several offices are called "${wanted}": use one of their ids: ${named(rows)}.`);
  return first;
}

/** A staff member found by email, with their office. */
export interface StaffByEmail {
  readonly id: string;
  readonly officeId: string;
  readonly officeName: string;
}

/** The staff member with this email, in officeId when given; asks for the office when the email is in several. */
export async function findStaffByEmail(q: Queryable, email: string, officeId?: string): Promise<StaffByEmail> {
  const { rows } = await q.query<StaffByEmail>(
    `select st.id, st.office_id as "officeId", o.name as "officeName"
       from staff st join offices o on o.id = st.office_id
      where st.email = $1 and ($2::uuid is null or st.office_id = $2::uuid)
      order by o.name, o.id`,
    [email, officeId ?? null],
  );
  const [first] = rows;
  if (first === undefined) throw new AuthError(404, 'not-found', `Nobody signs in with ${email}${officeId === undefined ? '' : ' in that office'}.`);
  if (rows.length > 1) {
    const offices = named(rows.map((row) => ({ id: row.officeId, name: row.officeName })));
    throw new AuthError(409, 'choose-office', `${email} is used in several offices: say which with --office. They are: ${offices}.`);
  }
  return first;
}
