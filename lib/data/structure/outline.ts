// The plan's outline as the structure editor shows it: LIVE items only, each goal with its
// SMARTIE flags and each measure with its target sentence.
import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAdmin, type Actor } from '@/lib/permissions';
import { smartieFlags, type SmartieFlag } from '@/lib/smartie';
import type { EditorPlan } from '@/lib/data/structure/shared';
import { editorPlan, sentenceOf } from '@/lib/data/structure/shared';
import { liveInOrder } from '@/lib/data/core/archived';

export interface OutlineMeasure {
  id: string;
  code: string;
  name: string;
  targetSentence: string;
}

export interface OutlineGoal {
  id: string;
  code: string;
  title: string;
  divisionName: string | null;
  flags: SmartieFlag[];
  measures: OutlineMeasure[];
}

export interface OutlinePriority {
  id: string;
  name: string;
  description: string;
  nameEs: string | null;
  descriptionEs: string | null;
  goals: OutlineGoal[];
}

export interface OutlineObjective {
  id: string;
  name: string;
  description: string;
  nameEs: string | null;
  descriptionEs: string | null;
  priorities: OutlinePriority[];
}

export interface StructureOutline {
  plan: EditorPlan;
  objectives: OutlineObjective[];
}

/** The plan's outline as the editor shows it: LIVE items only, each goal with its SMARTIE flags. */
export async function getStructureOutline(actor: Actor | null, planSlug: string): Promise<StructureOutline> {
  assertAdmin(actor);
  const plan = await getDb().plan.findFirst({
    where: { organizationId: actor.organizationId, slug: planSlug },
    include: {
      objectives: liveInOrder({
        priorities: liveInOrder({
          goals: liveInOrder({
            division: { select: { name: true } },
            _count: { select: { focusGroups: true } },
            measures: liveInOrder({ interimTargets: { orderBy: { date: 'asc' } } }),
          }),
        }),
      }),
    },
  });
  if (!plan) throw new AppError('NOT_FOUND');
  return {
    plan: editorPlan(plan),
    objectives: plan.objectives.map((o) => ({
      id: o.id,
      name: o.name,
      description: o.description,
      nameEs: o.nameEs,
      descriptionEs: o.descriptionEs,
      priorities: o.priorities.map((p) => ({
        id: p.id,
        name: p.name,
        description: p.description,
        nameEs: p.nameEs,
        descriptionEs: p.descriptionEs,
        goals: p.goals.map((g) => ({
          id: g.id,
          code: g.code,
          title: g.title,
          divisionName: g.division?.name ?? null,
          flags: smartieFlags({
            deadline: g.deadline,
            divisionId: g.divisionId,
            equityFocus: g.equityFocus,
            focusGroupCount: g._count.focusGroups,
            measures: g.measures,
          }),
          measures: g.measures.map((m) => ({ id: m.id, code: m.code, name: m.name, targetSentence: sentenceOf(m) })),
        })),
      })),
    })),
  };
}
