/*
 * Where the browser keeps the profile: a module of its own (no schema), so that what only
 * needs to know whether a profile is stored — the lab page before its engine loads — stays small.
 */

/**
 * The localStorage key of the profile. The `v1` is the storage layout's version (the value is the
 * profile's own JSON, which carries its `schemaVersion`; older profiles are migrated by
 * loadProfile), so a future layout can live beside this one instead of misreading it.
 */
export const PROFILE_STORAGE_KEY = 'passerelle.profile.v1';

/**
 * Where an unreadable stored profile is kept. A corrupted record is never deleted: the operator
 * (or support) can still recover it from the browser's storage.
 */
export const PROFILE_BACKUP_KEY = 'passerelle.profile.v1.unreadable';

/**
 * The start of the localStorage keys of the progress records, one per deployment
 * (`progressStorageKey` in ./share.ts adds the deployment's identity).
 */
export const PROGRESS_STORAGE_PREFIX = 'passerelle.progress.v1.';
