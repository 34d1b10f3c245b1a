import { useEffect, useState } from 'react';
import type { Schemas } from '../../app/api';
import { seesPrices } from '../../app/auth';
import { useApp } from '../../app/session';

export type Member = Schemas['TeamMember'];

/**
 * The business's team as owners and admins read it (GET /team), asked once per page; staff do not
 * read the team, so for them it stays empty and names fall back to "a colleague".
 */
export function useTeam(): { members: Member[]; nameOf: (userId: string | undefined | null) => string | undefined } {
  const { api, session } = useApp();
  const [members, setMembers] = useState<Member[]>([]);
  const reads = seesPrices(session);
  useEffect(() => {
    if (!reads) return undefined;
    let live = true;
    api.get<Schemas['Team']>('/team').then((t) => { if (live) setMembers(t.members); }).catch(() => undefined);
    return () => { live = false; };
  }, [api, reads]);
  return { members, nameOf: (userId) => members.find((m) => m.userId === userId)?.name };
}
