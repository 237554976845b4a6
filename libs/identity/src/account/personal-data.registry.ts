import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Libs that store personal data register here, so the identity export and erasure cover
 * them without identity depending on those libs.
 */
export interface PersonalDataContributor {
  /** Key of this section in the export document, e.g. `organisationMemberships`. */
  readonly section: string;
  export(userId: string): Promise<unknown>;
  /** Runs inside the erasure transaction. */
  erase(userId: string, manager: EntityManager): Promise<void>;
}

@Injectable()
export class PersonalDataRegistry {
  private readonly contributors: PersonalDataContributor[] = [];

  register(contributor: PersonalDataContributor): void {
    this.contributors.push(contributor);
  }

  all(): readonly PersonalDataContributor[] {
    return this.contributors;
  }
}
