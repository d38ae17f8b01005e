'use server';

import { getNow } from '@/db/queries/clock';
import { savePerson, saveUnit } from '@/db/mutations/organisation';
import { action } from '@/lib/actions/action';
import { ITEM_TEXT } from '@/lib/structure/admin-text';
import { PersonItemInput, UnitItemInput } from '@/lib/validation/structure-item';

/* Units and people of the district (/admin/units, /admin/people): add and edit; administrators only. */

export const saveUnitAction = action({
  name: 'structure.unit_save',
  schema: UnitItemInput,
  permission: 'campaign:manage',
  run: (ctx) => {
    const { unitId, ...values } = ctx.input;
    const id = saveUnit(ctx.db, { user: ctx.user, now: getNow(), audit: ctx.audit }, unitId, values);
    return { id, notice: (unitId ? ITEM_TEXT.saved : ITEM_TEXT.created)('unit', String(values.name ?? '').trim()) };
  },
  revalidate: ['/admin/units', '/admin/campaigns'],
});

export const savePersonAction = action({
  name: 'structure.person_save',
  schema: PersonItemInput,
  permission: 'campaign:manage',
  run: (ctx) => {
    const { personId, ...values } = ctx.input;
    const id = savePerson(ctx.db, { user: ctx.user, now: getNow(), audit: ctx.audit }, personId, values);
    return { id, notice: (personId ? ITEM_TEXT.saved : ITEM_TEXT.created)('person', String(values.name ?? '').trim()) };
  },
  revalidate: ['/admin/people', '/admin/campaigns'],
});
