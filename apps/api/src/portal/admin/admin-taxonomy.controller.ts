import { Body, Get, Param, Post } from '@nestjs/common';
import { AppError, NotFoundError, type FieldViolation } from '@app/core';
import {
  isTaxonomyVocabulary,
  isTermCode,
  TAXONOMY_VOCABULARIES,
  TaxonomyService,
  type TaxonomyTermView,
  type TaxonomyVocabulary,
} from '@app/catalogue';
import { Roles } from '@app/identity';
import { ChangeTermDto, CreateTermDto } from '../../catalogue/taxonomy.dto';
import { adminMessages } from '../messages';
import { asForm, FormErrors, optionalNumber, text, validateWith, violationsOf } from '../web/forms';
import { PortalController } from '../web/portal-controller';
import { Web, type WebContext } from '../web/web-context';
import { AdminFormat } from './admin-view';

const LABEL_FIELDS = ['labels.fr', 'labels.en', 'labels.pt', 'labels.ar'] as const;

type FormValues = Record<string, string>;

/** The vocabularies offers are classified with: add terms, rename them, retire them. */
@PortalController('admin/taxonomie')
@Roles('admin')
export class AdminTaxonomyPagesController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get()
  async list(@Web(adminMessages) web: WebContext): Promise<void> {
    await this.renderList(web);
  }

  /** Like POST /api/v1/admin/taxonomy. */
  @Post()
  async create(@Web(adminMessages) web: WebContext, @Body() body: unknown): Promise<void> {
    const form = asForm(body);
    const values: FormValues = {
      vocabulary: text(form, 'vocabulary'),
      code: text(form, 'code'),
      parentCode: text(form, 'parentCode'),
      position: text(form, 'position'),
    };
    for (const field of LABEL_FIELDS) values[field] = text(form, field);
    const plain = {
      vocabulary: values.vocabulary,
      code: values.code,
      parentCode: values.parentCode || undefined,
      labels: {
        fr: values['labels.fr'],
        en: values['labels.en'],
        pt: values['labels.pt'] || undefined,
        ar: values['labels.ar'] || undefined,
      },
      position: optionalNumber(form, 'position'),
    };
    const { value, violations } = await validateWith(CreateTermDto, plain);
    if (violations.length) {
      await this.renderList(web, { violations, values, status: 400 });
      return;
    }
    try {
      await this.taxonomy.create(value);
    } catch (error) {
      const found = await this.creationFailure(error, value.vocabulary, value.code);
      if (!found) throw error;
      await this.renderList(web, { ...found, values });
      return;
    }
    web.redirect(`/admin/taxonomie#${value.vocabulary}`, 'admin.flash.termCreated');
  }

  @Get(':vocabulary/:code')
  async edit(
    @Web(adminMessages) web: WebContext,
    @Param('vocabulary') vocabulary: string,
    @Param('code') code: string,
  ): Promise<void> {
    const term = await this.term(vocabulary, code);
    await this.renderEdit(web, term);
  }

  /** Like PATCH /api/v1/admin/taxonomy/:vocabulary/:code: labels merged, empty pt/ar removed. */
  @Post(':vocabulary/:code')
  async rename(
    @Web(adminMessages) web: WebContext,
    @Param('vocabulary') vocabulary: string,
    @Param('code') code: string,
    @Body() body: unknown,
  ): Promise<void> {
    const term = await this.term(vocabulary, code);
    const form = asForm(body);
    const values: FormValues = { position: text(form, 'position') };
    for (const field of LABEL_FIELDS) values[field] = text(form, field);
    const plain = {
      labels: {
        fr: values['labels.fr'],
        en: values['labels.en'],
        pt: values['labels.pt'] || null,
        ar: values['labels.ar'] || null,
      },
      position: optionalNumber(form, 'position'),
    };
    const { value, violations } = await validateWith(ChangeTermDto, plain);
    if (violations.length) {
      await this.renderEdit(web, term, { violations, values, status: 400 });
      return;
    }
    try {
      await this.taxonomy.rename(term.vocabulary, term.code, value);
    } catch (error) {
      const failed = violationsOf(error);
      if (!failed) throw error;
      await this.renderEdit(web, term, { violations: failed, values, status: 400 });
      return;
    }
    web.redirect(`/admin/taxonomie/${term.vocabulary}/${term.code}`, 'admin.flash.termRenamed');
  }

  @Post(':vocabulary/:code/retirer')
  async retire(
    @Web(adminMessages) web: WebContext,
    @Param('vocabulary') vocabulary: string,
    @Param('code') code: string,
  ): Promise<void> {
    const term = await this.term(vocabulary, code);
    await this.taxonomy.retire(term.vocabulary, term.code);
    web.redirect(
      `/admin/taxonomie#term-${term.vocabulary}-${term.code}`,
      'admin.flash.termRetired',
    );
  }

  @Post(':vocabulary/:code/retablir')
  async unretire(
    @Web(adminMessages) web: WebContext,
    @Param('vocabulary') vocabulary: string,
    @Param('code') code: string,
  ): Promise<void> {
    const term = await this.term(vocabulary, code);
    await this.taxonomy.unretire(term.vocabulary, term.code);
    web.redirect(
      `/admin/taxonomie#term-${term.vocabulary}-${term.code}`,
      'admin.flash.termUnretired',
    );
  }

  /** A term of the address, or the 404 page (a malformed vocabulary or code included). */
  private async term(vocabulary: string, code: string): Promise<TaxonomyTermView> {
    if (!isTaxonomyVocabulary(vocabulary) || !isTermCode(code)) {
      throw new NotFoundError('TAXONOMY.TERM_NOT_FOUND', 'No such term.');
    }
    return this.taxonomy.get(vocabulary, code);
  }

  /** A code already taken (409) shows next to the code field; the lib's own rules next to theirs. */
  private async creationFailure(
    error: unknown,
    vocabulary: TaxonomyVocabulary,
    code: string,
  ): Promise<{ violations: FieldViolation[]; status: number } | undefined> {
    const violations = violationsOf(error);
    if (violations) return { violations: [...violations], status: 400 };
    if (error instanceof AppError && error.code === 'TAXONOMY.TERM_EXISTS') {
      const existing = await this.taxonomy.get(vocabulary, code).catch(() => undefined);
      const rule = existing?.retiredAt ? 'taxonomy.existsRetired' : 'taxonomy.exists';
      return { violations: [{ field: 'code', rule, message: error.message }], status: 409 };
    }
    return undefined;
  }

  private async renderList(
    web: WebContext,
    options: { violations?: readonly FieldViolation[]; values?: FormValues; status?: number } = {},
  ): Promise<void> {
    const terms = await this.taxonomy.list(undefined, { includeRetired: true });
    const vocabularies = TAXONOMY_VOCABULARIES.map((vocabulary) => ({
      vocabulary,
      terms: terms.filter((t) => t.vocabulary === vocabulary),
    }));
    await web.render(
      'admin/taxonomy',
      { title: web.t('admin.taxonomy.title'), noindex: true },
      {
        styles: ['admin.css'],
        section: 'taxonomy',
        format: new AdminFormat(web.lang),
        vocabularies,
        // Parents: selectable top-level terms, by vocabulary (one level of sub-terms only).
        parents: vocabularies.map((v) => ({
          vocabulary: v.vocabulary,
          terms: v.terms.filter((t) => t.parentCode === null && t.selectable),
        })),
        errors: new FormErrors(options.violations ?? [], web.t),
        values: options.values ?? { vocabulary: 'category' },
      },
      { status: options.status ?? 200 },
    );
  }

  private async renderEdit(
    web: WebContext,
    term: TaxonomyTermView,
    options: { violations?: readonly FieldViolation[]; values?: FormValues; status?: number } = {},
  ): Promise<void> {
    const format = new AdminFormat(web.lang);
    await web.render(
      'admin/term',
      {
        title: web.t('admin.term.title', { label: format.label(term.labels, term.code) }),
        noindex: true,
      },
      {
        styles: ['admin.css'],
        section: 'taxonomy',
        format,
        term,
        parent: term.parentCode
          ? await this.taxonomy.get(term.vocabulary, term.parentCode).catch(() => undefined)
          : undefined,
        errors: new FormErrors(options.violations ?? [], web.t),
        values: options.values ?? {
          'labels.fr': term.labels.fr,
          'labels.en': term.labels.en,
          'labels.pt': term.labels.pt ?? '',
          'labels.ar': term.labels.ar ?? '',
          position: String(term.position),
        },
      },
      { status: options.status ?? 200 },
    );
  }
}
