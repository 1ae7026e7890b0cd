/** Desk settings: who is at this desk, the channel most concerns arrive by, and the office's category list. */
import { z } from 'zod';
import { ChannelSchema, StaffNameSchema } from './concern';
import { LIMITS } from './limits';

/** Categories an office starts with; admins edit the list in settings. */
export const DEFAULT_CATEGORIES: readonly string[] = [
  'Streets and sidewalks',
  'Streetlights',
  'Waste and recycling',
  'Parks and green spaces',
  'Noise',
  'Housing',
  'Public transport',
  'Water and drains',
  'Safety',
  'Permits and licences',
  'Taxes and fees',
  'Other',
];

/** Schema of one category name. */
export const CategoryNameSchema = z
  .string()
  .trim()
  .min(1, 'A category needs a name')
  .max(LIMITS.category, `A category name can be at most ${LIMITS.category} characters`);

/** Schema of the desk settings. */
export const DeskSettingsSchema = z.object({
  staffName: StaffNameSchema,
  defaultChannel: ChannelSchema,
  categories: z
    .array(CategoryNameSchema)
    .max(200, 'Keep the category list under 200 entries')
    .refine((list) => new Set(list.map((c) => c.toLowerCase())).size === list.length, {
      message: 'Each category can appear only once',
    }),
  theme: z.enum(['system', 'light', 'dark']),
  /**
   * The person at this desk is a go-to person on duty: new top-priority concerns from colleagues raise a
   * desktop notification (a browser alert in the web build) at once. Settings saved before it existed read
   * as not on duty.
   */
  onDuty: z.boolean().default(false),
});
/** The desk settings. */
export type DeskSettings = z.infer<typeof DeskSettingsSchema>;

/** Settings of a desk nobody has set up yet. */
export const DEFAULT_DESK_SETTINGS: DeskSettings = {
  staffName: 'Front desk',
  defaultChannel: 'phone',
  categories: [...DEFAULT_CATEGORIES],
  theme: 'system',
  onDuty: false,
};
