import type { Metadata } from 'next';
import { CreateDivisionForm, DivisionRowForms } from '@/components/division-forms';
import { requireAdmin } from '@/lib/data/current-user';
import { listDivisions } from '@/lib/data/organization/divisions';
import { AdminPage, DoneNotice, Section } from '@/components/layout/page-parts';

export const metadata: Metadata = { title: 'Divisions' };

export default async function DivisionsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { deleted } = await searchParams;
  const user = await requireAdmin('/admin/divisions');
  const divisions = await listDivisions(user);
  return (
    <AdminPage
      title="Divisions"
      intro={
        <>
          The divisions of {user.organizationName} that own goals and report on them. A division’s code stays as created, since
          plan files and imports refer to it; its name can change. A division can be deleted once no goals or people belong to it.
        </>
      }
    >
      {deleted && (
        <DoneNotice>Deleted {deleted}.</DoneNotice>
      )}
      <Section headingId="divisions-heading" title="Divisions" hideTitle className="card">
        <ul className="divide-y divide-slate-200">
          {divisions.map((d) => (
            <li key={d.id} className="space-y-2 p-4">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <h3 className="font-semibold">{d.name}</h3>
                <code className="text-sm text-slate-700">{d.code}</code>
                <span className="text-sm text-slate-600">
                  {d.goals} {d.goals === 1 ? 'goal' : 'goals'} · {d.users} {d.users === 1 ? 'person' : 'people'}
                </span>
              </div>
              <DivisionRowForms division={d} />
            </li>
          ))}
          {divisions.length === 0 && <li className="p-4 text-slate-700">No divisions yet.</li>}
        </ul>
      </Section>
      <Section headingId="new-division-heading" title="Add a division">
        <CreateDivisionForm />
      </Section>
    </AdminPage>
  );
}
