import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CreateStudentGroupForm, StudentGroupRowForms } from '@/components/student-group-forms';
import { requireUser } from '@/lib/data/current-user';
import { listStudentGroups } from '@/lib/data/organization/student-groups';
import { can } from '@/lib/permissions';

export const metadata: Metadata = { title: 'Student groups' };

export default async function StudentGroupsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { deleted } = await searchParams;
  const user = await requireUser('/admin/student-groups');
  if (!can(user, 'plan:manage', { organizationId: user.organizationId })) redirect('/dashboard');
  const groups = await listStudentGroups(user);
  const categories = [...new Set(groups.map((g) => g.category).filter((c): c is string => Boolean(c)))].sort();
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">Student groups</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          The student groups of {user.organizationName}, in the order every page and download lists them. A group’s code stays
          as created; a group can be deleted only while no value, measure or goal uses it.
        </p>
      </div>
      {deleted && (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-sm font-medium text-green-900">
          Deleted {deleted}.
        </p>
      )}
      <section aria-labelledby="groups-heading" className="card">
        <h2 id="groups-heading" className="sr-only">
          Student groups in order
        </h2>
        <ol className="divide-y divide-slate-200">
          {groups.map((g, i) => (
            <li key={g.id} className="p-4">
              <StudentGroupRowForms group={g} categories={categories} first={i === 0} last={i === groups.length - 1}>
                <div className="flex min-w-0 flex-wrap items-baseline gap-x-3 gap-y-1">
                  <span className="text-sm text-slate-600">{i + 1}.</span>
                  <h3 className="font-semibold">{g.name}</h3>
                  <code className="text-sm text-slate-700">{g.code}</code>
                  {g.nameEs && (
                    <span lang="es" className="text-sm text-slate-700">
                      {g.nameEs}
                    </span>
                  )}
                  {g.category && <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800">{g.category}</span>}
                  {g.isAll && <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">All students</span>}
                </div>
              </StudentGroupRowForms>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="new-group-heading" className="card space-y-3 p-5">
        <h2 id="new-group-heading" className="text-lg font-semibold">
          Add a student group
        </h2>
        <CreateStudentGroupForm categories={categories} />
      </section>
    </main>
  );
}
