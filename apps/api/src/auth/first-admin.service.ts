import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { StartupError } from '@dondoc/config';
import { User } from '@dondoc/database';
import { AuditService } from '../common/audit.service';
import { hashPassword } from './password';

/**
 * An admin made from the command line (`npm run cli -- create-admin`): how a production database,
 * where nothing is seeded, gets its first account. The password is made here, random, and shown
 * once; the admin changes it under Quản trị.
 */
@Injectable()
export class FirstAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(email: string, name: string): Promise<{ email: string; password: string }> {
    const address = email.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address))
      throw new StartupError(`create-admin needs an email address, not "${email}": create-admin EMAIL "FULL NAME"`);
    if (!name.trim()) throw new StartupError('create-admin needs the admin\'s full name: create-admin EMAIL "FULL NAME"');
    const password = randomBytes(15).toString('base64url');
    const passwordHash = await hashPassword(password);
    await this.db.transaction(async (manager) => {
      if (await manager.existsBy(User, { email: address }))
        throw new StartupError(`an account with ${address} exists already: sign in with it, or give another email`);
      const saved = await manager.save(User, manager.create(User, { email: address, name: name.trim(), role: 'admin', unitId: null, passwordHash }));
      await this.audit.record(manager, {
        actorId: null,
        action: 'user.create-admin',
        entity: 'user',
        entityId: saved.id,
        after: { email: address, name: saved.name, role: 'admin' },
      });
    });
    return { email: address, password };
  }
}
