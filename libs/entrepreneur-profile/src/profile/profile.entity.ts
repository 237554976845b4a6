import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('entrepreneur_profiles')
export class EntrepreneurProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'residence_country', type: 'char', length: 2, nullable: true }) residenceCountry:
    string | null;
  @Column({ name: 'origin_countries', type: 'char', length: 2, array: true })
  originCountries: string[];
  @Column({ name: 'target_countries', type: 'char', length: 2, array: true })
  targetCountries: string[];
  @Column({ name: 'sector_codes', type: 'text', array: true }) sectorCodes: string[];
  @Column({ name: 'stage_code', type: 'varchar', length: 64, nullable: true }) stageCode:
    string | null;
  @Column({ name: 'need_codes', type: 'text', array: true }) needCodes: string[];
  @Column({ type: 'text', array: true }) languages: string[];
  @Column({ name: 'business_name', type: 'text', nullable: true }) businessName: string | null;
  @Column({ name: 'business_description', type: 'text', nullable: true }) businessDescription:
    string | null;
  @Column({ name: 'date_of_birth', type: 'date', nullable: true }) dateOfBirth: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) gender: 'woman' | 'man' | 'other' | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

@Entity('profile_consents')
export class ProfileConsentEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'varchar', length: 32 }) purpose: 'sensitive_profile_fields';
  @Column({ type: 'varchar', length: 16 }) version: string;
  @Column({ type: 'boolean' }) granted: boolean;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
}

export const profileEntities = [EntrepreneurProfileEntity, ProfileConsentEntity];
