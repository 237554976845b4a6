import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EntrepreneurProfileEntity, ProfileConsentEntity } from './profile.entity';
import type { ProfileSetupOutcome, ProfileSetupState } from './profile.types';

@Injectable()
export class ProfileRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  find(userId: string, m?: EntityManager): Promise<EntrepreneurProfileEntity | null> {
    return (m ?? this.db.manager).getRepository(EntrepreneurProfileEntity).findOneBy({ userId });
  }

  async save(
    profile: Partial<EntrepreneurProfileEntity> & { userId: string },
    m: EntityManager,
  ): Promise<void> {
    await m
      .createQueryBuilder()
      .insert()
      .into(EntrepreneurProfileEntity)
      .values({ ...profile, updatedAt: () => 'now()' })
      .orUpdate(
        [
          'residence_country',
          'origin_countries',
          'target_countries',
          'sector_codes',
          'stage_code',
          'need_codes',
          'languages',
          'business_name',
          'business_description',
          'date_of_birth',
          'gender',
          'updated_at',
        ],
        ['user_id'],
      )
      .execute();
  }

  async clearSensitive(userId: string, m: EntityManager): Promise<void> {
    await m
      .getRepository(EntrepreneurProfileEntity)
      .update({ userId }, { dateOfBirth: null, gender: null });
  }

  latestConsent(userId: string, m?: EntityManager): Promise<ProfileConsentEntity | null> {
    return (m ?? this.db.manager)
      .getRepository(ProfileConsentEntity)
      .findOne({ where: { userId, purpose: 'sensitive_profile_fields' }, order: { id: 'DESC' } });
  }

  async recordConsent(
    userId: string,
    version: string,
    granted: boolean,
    m: EntityManager,
  ): Promise<void> {
    await m
      .getRepository(ProfileConsentEntity)
      .insert({ userId, purpose: 'sensitive_profile_fields', version, granted });
  }

  consents(userId: string): Promise<ProfileConsentEntity[]> {
    return this.db
      .getRepository(ProfileConsentEntity)
      .find({ where: { userId }, order: { id: 'ASC' } });
  }

  async setupOf(userId: string): Promise<ProfileSetupState | null> {
    const rows: Array<{ outcome: ProfileSetupOutcome; finished_at: Date }> = await this.db.query(
      `SELECT outcome, finished_at FROM entrepreneur_profile_setups WHERE user_id = $1`,
      [userId],
    );
    return rows.length ? { outcome: rows[0].outcome, finishedAt: rows[0].finished_at } : null;
  }

  /** The latest word wins: a set-up skipped once and finished later is "completed". */
  async finishSetup(userId: string, outcome: ProfileSetupOutcome): Promise<void> {
    await this.db.query(
      `INSERT INTO entrepreneur_profile_setups (user_id, outcome) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET outcome = EXCLUDED.outcome, finished_at = now()`,
      [userId, outcome],
    );
  }

  async erase(userId: string, m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM entrepreneur_profile_setups WHERE user_id = $1`, [userId]);
    await m.getRepository(ProfileConsentEntity).delete({ userId });
    await m.getRepository(EntrepreneurProfileEntity).delete({ userId });
  }
}
