// Archived objectives, priorities, goals and measures keep their data but are hidden
// everywhere: every read of live structure filters with this (spread it into a where clause).
export const LIVE = { archivedAt: null } as const;
