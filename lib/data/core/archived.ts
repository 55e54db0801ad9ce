// Archived objectives, priorities, goals and measures keep their data but are hidden
// everywhere: every read of live structure filters with this (spread it into a where clause).
export const LIVE = { archivedAt: null } as const;

/** The live items of a level, in their order, with what to include of each (a Prisma include). */
export const liveInOrder = <const I extends object>(include: I) => ({ where: LIVE, orderBy: { position: 'asc' as const }, include });
