import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@app/identity';
import { randomBytes } from 'node:crypto';
import type { MemberRole } from './entities/organisation.entity';
import { MembershipService } from './membership/membership.service';
import { OrganisationRepository } from './repositories/organisation.repository';

export interface OrganisationView {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly createdAt: Date;
  readonly myRole?: MemberRole;
}

@Injectable()
export class OrganisationService {
  constructor(
    private readonly repo: OrganisationRepository,
    private readonly membership: MembershipService,
  ) {}

  /** The creator becomes its first owner, in the same transaction. */
  async create(caller: AuthenticatedUser, input: { name: string }): Promise<OrganisationView> {
    const name = input.name.trim();
    for (let attempt = 1; ; attempt++) {
      const slug = await this.freeSlug(name);
      try {
        const organisation = await this.repo.transaction(async (m) => {
          const created = await this.repo.createOrganisation(
            { name, slug, createdBy: caller.id },
            m,
          );
          await this.repo.addMember(created.id, caller.id, 'owner', m);
          return created;
        });
        return {
          id: organisation.id,
          name,
          slug,
          createdAt: organisation.createdAt,
          myRole: 'owner',
        };
      } catch (error) {
        // Someone took the same slug between our check and our insert: pick the next one.
        if ((error as { code?: string }).code !== '23505' || attempt >= 5) throw error;
      }
    }
  }

  async get(organisationId: string, caller: AuthenticatedUser): Promise<OrganisationView> {
    const role = await this.membership.roleOf(organisationId, caller.id);
    const o = (await this.repo.findOrganisation(organisationId))!;
    return { id: o.id, name: o.name, slug: o.slug, createdAt: o.createdAt, myRole: role };
  }

  async mine(caller: AuthenticatedUser): Promise<OrganisationView[]> {
    return (await this.repo.organisationsOf(caller.id)).map(({ organisation: o, role }) => ({
      id: o.id,
      name: o.name,
      slug: o.slug,
      createdAt: o.createdAt,
      myRole: role,
    }));
  }

  private async freeSlug(name: string): Promise<string> {
    const base = slugify(name) || 'organisation';
    if (!(await this.repo.slugTaken(base))) return base;
    for (let n = 2; n < 50; n++) {
      if (!(await this.repo.slugTaken(`${base}-${n}`))) return `${base}-${n}`;
    }
    return `${base}-${randomBytes(3).toString('hex')}`;
  }
}

/** Latin letters without accents, digits and dashes; other scripts are dropped (the id stays canonical). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
