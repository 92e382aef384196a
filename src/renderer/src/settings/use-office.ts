// The office's settings and rubric (office.get), shared by the settings dialog, the export dialog and the
// score in the review view; reloaded after every save.
import { useCallback, useEffect, useState } from 'react';
import type { OfficeProfile } from '../../../shared/ipc-contract';
import { invoke } from '../api/client';

let cached: OfficeProfile | null = null;
const listeners = new Set<(profile: OfficeProfile) => void>();

/** Tells every user of the profile about a new one (after office.set). */
export function publishOffice(profile: OfficeProfile): void {
  cached = profile;
  for (const listener of listeners) listener(profile);
}

export function useOffice(): { profile: OfficeProfile | null; reload: () => Promise<void> } {
  const [profile, setProfile] = useState<OfficeProfile | null>(cached);
  const reload = useCallback(async () => {
    const result = await invoke('office.get', {});
    if (result.ok) publishOffice(result.value);
  }, []);
  useEffect(() => {
    listeners.add(setProfile);
    if (!cached) void reload();
    return () => {
      listeners.delete(setProfile);
    };
  }, [reload]);
  return { profile, reload };
}
