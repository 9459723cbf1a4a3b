import * as v from 'valibot';
import exampleJson from './example.json' with { type: 'json' };
import { profileSchema, type Profile } from './schema.ts';

export * from './schema.ts';
export { loadProfile, type ProfileLoadIssue, type ProfileLoadResult } from './load.ts';
export { migrate } from './migrations.ts';

/** The example deployment (Contoso, Exchange 2013 split roles, two Lync 2013 pools). */
export const exampleProfile: Profile = v.parse(profileSchema, exampleJson);
