import type { Metadata } from 'next';
import { CreateStudentGroupForm, StudentGroupRowForms } from '@/components/student-group-forms';
import { requireAdmin } from '@/lib/data/current-user';
import { listStudentGroups } from '@/lib/data/organization/student-groups';
import { AdminPage, DoneNotice, Section } from '@/components/layout/page-parts';

export const metadata: Metadata = { title: 'Student groups' };

export default async function StudentGroupsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { deleted } = await searchParams;
  const user = await requireAdmin('/admin/student-groups');
  const groups = await listStudentGroups(user);
  const categories = [...new Set(groups.map((g) => g.category).filter((c): c is string => Boolean(c)))].sort();
  return (
    <AdminPage
      title="Student groups"
      intro={
        <>
          The student groups of {user.organizationName}, in the order every page and download lists them. A group’s code stays
          as created; a group can be deleted only while no value, measure or goal uses it.
        </>
      }
    >
      {deleted && (
        <DoneNotice>Deleted {deleted}.</DoneNotice>
      )}
      <Section headingId="groups-heading" title="Student groups in order" hideTitle className="card">
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
      </Section>
      <Section headingId="new-group-heading" title="Add a student group">
        <CreateStudentGroupForm categories={categories} />
      </Section>
    </AdminPage>
  );
}
