import type { Context } from 'hono';
import * as v from 'valibot';
import { HttpError, type FieldError } from './errors.ts';

function fieldErrors(issues: v.BaseIssue<unknown>[], topLevel: boolean): FieldError[] {
  return issues.map((i) => {
    const keys = i.path?.map((p) => String(p.key)) ?? [];
    return { field: (topLevel ? keys.slice(0, 1) : keys).join('.') || '(body)', message: i.message };
  });
}

/** JSON body → validated value, or a 400 that lists every field problem. */
export async function readJson<S extends v.GenericSchema>(c: Context, schema: S): Promise<v.InferOutput<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpError(400, 'invalid_json', 'the body must be JSON (Content-Type: application/json)');
  }
  return check(schema, body, 'invalid_body');
}

export function check<S extends v.GenericSchema>(schema: S, input: unknown, code = 'invalid_query'): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  // Query parameters are named as written (`status`), body fields by their full path (`items.2.text`).
  if (!result.success) throw new HttpError(400, code, 'some fields are not valid', fieldErrors(result.issues, code === 'invalid_query'));
  return result.output;
}
