// Creating an organization, whichever path does it (the setup page, `npm run org:create`,
// a plan import with --create, the demo): always with its one All students group, which the
// database also enforces (StudentGroup_one_all_students_per_organization). A plain module:
// the start script and the command-line tools run it outside Next.js.
import type { Tx } from '@/lib/db/client';
import { uniqueClash } from '@/lib/data/core/unique';
import { DEFAULT_TIME_ZONE } from '@/lib/data/organization/fields';

export const ALL_STUDENTS_GROUP = { code: 'ALL', name: 'All students', nameEs: 'Todos los estudiantes' } as const;

export interface NewOrganization {
  slug: string;
  name: string;
  shortName?: string;
  timeZone?: string;
}

/** Creates the organization and its All students group in the caller's transaction. */
export async function createOrganizationRecord(tx: Tx, input: NewOrganization) {
  try {
    const organization = await tx.organization.create({
      data: {
        slug: input.slug,
        name: input.name,
        shortName: input.shortName ?? input.name,
        timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
      },
    });
    const allStudents = await tx.studentGroup.create({
      data: { organizationId: organization.id, ...ALL_STUDENTS_GROUP, isAll: true, position: 0 },
    });
    return { organization, allStudents };
  } catch (error) {
    uniqueClash(error, 'slug', `An organization with the address "${input.slug}" already exists.`);
  }
}
