import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@dondoc/config';
import { AppModule } from './app.module';
import { FirstAdminService } from './auth/first-admin.service';
import { SeedService } from './seed/seed.service';

/*
 * The API's one-off commands, run by the same program that serves (they use its services):
 * `seed-demo [--if-empty]` and `create-admin EMAIL "FULL NAME"`. The database is migrated first.
 */

export const API_COMMANDS = ['seed-demo', 'create-admin'] as const;
export const COMMANDS_USAGE = 'node dist/apps/api/main.js [seed-demo [--if-empty] | create-admin EMAIL "FULL NAME"]';

async function withApp<T>(config: AppConfig, run: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(AppModule.register({ config }), { logger: ['error', 'warn'] });
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

export async function seedDemo(config: AppConfig, ifEmpty: boolean): Promise<void> {
  await withApp(config, async (app) => {
    const seed = app.get(SeedService);
    if (ifEmpty && !(await seed.isEmpty())) {
      console.log('seed: the database already has users; demo data not loaded');
      return;
    }
    const added = await seed.run();
    console.log(`seed: demo data added (${added.units} units, ${added.users} users, ${added.directives} directives)`);
  });
}

export async function createAdmin(config: AppConfig, email: string | undefined, name: string): Promise<void> {
  if (!email || !name) throw new Error(`create-admin needs an email and a name: ${COMMANDS_USAGE}`);
  await withApp(config, async (app) => {
    const admin = await app.get(FirstAdminService).create(email, name);
    console.log(`create-admin: ${admin.email} can sign in with the password ${admin.password}`);
    console.log('create-admin: it is shown only this once; change it under Quản trị → Người dùng after signing in');
  });
}
