// The guarded data layer is the only door from pages and components: the ESLint rules that say
// so, run on the project's own configuration.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const INTERNAL = `import { createOrganizationRecord } from '@/lib/data/organization/internal/create-organization';\nexport const x = createOrganizationRecord;\n`;
const SEED = `import { seedDemo } from '@/lib/seed/demo';\nexport const x = seedDemo;\n`;

describe('import boundaries', () => {
  it.each([
    'app/(app)/admin/page.tsx',
    'components/user-forms.tsx',
    'components/plan-settings-form.tsx',
    'proxy.ts',
    'lib/data/organization/actions.ts',
    'lib/data/plan/actions.ts',
  ])(
    '%s may not import unguarded data functions or the seeds',
    async (file) => {
      expect(await restrictedImports(file, INTERNAL)).toHaveLength(1);
      expect(await restrictedImports(file, SEED)).toHaveLength(1);
    },
  );

  it.each(['components/user-forms.tsx', 'lib/data/plan/fields.ts', 'lib/data/progress/actions.ts'])('%s may not import from a route in app/', async (file) => {
    const ROUTE = `import { x } from '@/app/(app)/admin/users/actions';\nexport const y = x;\n`;
    expect(await restrictedImports(file, ROUTE)).toHaveLength(1);
  });

  it('the data layer and the command line may', async () => {
    expect(await restrictedImports('lib/data/organization/setup.ts', INTERNAL)).toEqual([]);
    expect(await restrictedImports('scripts/org-cli.ts', INTERNAL)).toEqual([]);
  });
});
