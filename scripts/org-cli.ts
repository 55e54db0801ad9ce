// The operator's account commands (no sign-in: whoever runs them holds the database):
//   npm run org:create -- --slug <slug> --name "<name>" --admin-email <email> [--admin-name "<name>"] [--time-zone <tz>]
//   npm run user:invite -- --org <slug> --email <email> --role ADMIN|CABINET|LEAD|STAFF [--division CODE] [--name "<name>"]
// Each prints a one-time invitation link (72 hours). Bad input: the reasons, exit 1, nothing written.
// Uses DATABASE_URL, or the embedded database in NORTHSTAR_DATA_DIR (stop `npm start` first).
import { parseArgs, runCli, withDatabase } from './cli-support';

const VALUE_FLAGS = ['--slug', '--name', '--admin-email', '--admin-name', '--time-zone', '--org', '--email', '--role', '--division'];
const [command, ...rest] = process.argv.slice(2);
const { flag } = parseArgs(rest, VALUE_FLAGS);

// Which flag each field of the data layer's refusals came from.
const FLAG_OF: Record<string, Record<string, string>> = {
  create: { slug: '--slug', name: '--name', timeZone: '--time-zone', adminEmail: '--admin-email', adminName: '--admin-name', email: '--admin-email' },
  invite: { organization: '--org', email: '--email', name: '--name', role: '--role', divisionId: '--division' },
};

function usage(): never {
  console.error(
    [
      'usage: org-cli create --slug <slug> --name "<name>" --admin-email <email> [--admin-name "<name>"] [--time-zone <tz>]',
      '       org-cli invite --org <slug> --email <email> --role ADMIN|CABINET|LEAD|STAFF [--division CODE] [--name "<name>"]',
    ].join('\n'),
  );
  process.exit(2);
}

async function main() {
  if (command !== 'create' && command !== 'invite') usage();
  await withDatabase(async () => {
    const { AppError } = await import('@/lib/errors');
    const { createOrganizationAsOperator, inviteAsOperator } = await import('@/lib/data/organization/internal/operator');
    try {
      if (command === 'create') {
        const done = await createOrganizationAsOperator({
          slug: flag('--slug'),
          name: flag('--name'),
          timeZone: flag('--time-zone'),
          adminEmail: flag('--admin-email'),
          adminName: flag('--admin-name'),
        });
        console.log(`Created the organization ${done.organizationSlug} and its administrator ${done.email}.`);
        console.log(`Send ${done.name} this one-time link to set a password (valid 72 hours, until ${done.expiresAt.toISOString()}):`);
        console.log(done.link);
      } else {
        const done = await inviteAsOperator({
          organizationSlug: flag('--org'),
          email: flag('--email'),
          name: flag('--name'),
          role: flag('--role')?.toUpperCase(),
          divisionCode: flag('--division'),
        });
        console.log(`Invited ${done.email}.`);
        console.log(`Send ${done.name} this one-time link to set a password (valid 72 hours, until ${done.expiresAt.toISOString()}):`);
        console.log(done.link);
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      console.error(error.fieldErrors ? 'Nothing was written:' : `Nothing was written. ${error.message}`);
      for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) {
        console.error(`  ${FLAG_OF[command]![field] ?? field}: ${messages.join(' ')}`);
      }
      process.exitCode = 1;
    }
  });
}

runCli(main);
