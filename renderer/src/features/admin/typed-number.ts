/** Numbers typed into text boxes: the form keeps the text, so nothing typed is lost; the schema checks the number. */
import { z } from 'zod';

/** A number typed into a text box, checked by `schema` (an empty box is no number, so it gets schema's message). */
export function typedNumber<S extends z.ZodType<number, number>>(schema: S) {
  return z
    .string()
    .trim()
    .transform((text) => (text === '' ? Number.NaN : Number(text)))
    .pipe(schema);
}
