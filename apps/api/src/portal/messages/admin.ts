import { defineMessages } from '../web/i18n';

/** The back office: dashboard, verification, review, taxonomy, accounts, journal. */
export const adminMessages = defineMessages({
  // Navigation and shared words
  'admin.nav.label': { fr: 'Back office', en: 'Back office', pt: 'Back office', ar: 'الإدارة' },
  'admin.nav.dashboard': {
    fr: 'Tableau de bord',
    en: 'Dashboard',
    pt: 'Painel',
    ar: 'لوحة المتابعة',
  },
  'admin.nav.organisations': {
    fr: 'Organisations',
    en: 'Organisations',
    pt: 'Organizações',
    ar: 'المنظمات',
  },
  'admin.nav.offers': { fr: 'Offres à relire', en: 'Review queue', pt: 'Ofertas a rever' },
  'admin.nav.taxonomy': { fr: 'Taxonomie', en: 'Taxonomy', pt: 'Taxonomia', ar: 'التصنيف' },
  'admin.nav.users': { fr: 'Comptes', en: 'Accounts', pt: 'Contas', ar: 'الحسابات' },
  'admin.nav.apiKeys': { fr: 'Clés d’API', en: 'API keys' },
  'admin.nav.journal': {
    fr: 'Journal de modération',
    en: 'Moderation log',
    pt: 'Registo de moderação',
  },
  'admin.filter.reset': {
    fr: 'Effacer les filtres',
    en: 'Clear filters',
    pt: 'Limpar filtros',
  },
  'admin.filter.fix': {
    fr: 'Corrigez les filtres signalés pour voir les résultats.',
    en: 'Correct the filters shown in error to see the results.',
  },
  'admin.results': {
    fr: '{count} résultat(s)',
    en: '{count} result(s)',
    pt: '{count} resultado(s)',
  },
  'admin.col.date': { fr: 'Date', en: 'Date', pt: 'Data', ar: 'التاريخ' },
  'admin.col.action': { fr: 'Action', en: 'Action', pt: 'Ação' },
  'admin.col.actions': { fr: 'Actions', en: 'Actions', pt: 'Ações' },
  'admin.col.actor': { fr: 'Par', en: 'By', pt: 'Por' },
  'admin.col.change': { fr: 'Changement', en: 'Change', pt: 'Alteração' },
  'admin.col.reason': { fr: 'Motif ou commentaire', en: 'Reason or comment' },
  'admin.col.offer': { fr: 'Offre', en: 'Offer', pt: 'Oferta' },
  'admin.col.organisation': { fr: 'Organisation', en: 'Organisation', pt: 'Organização' },
  'admin.actor.system': { fr: 'Système', en: 'System', pt: 'Sistema' },
  'admin.actorRole.admin': { fr: 'équipe', en: 'team', pt: 'equipa' },
  'admin.actorRole.organisation': { fr: 'organisation', en: 'organisation', pt: 'organização' },
  'admin.actorRole.system': { fr: 'automatique', en: 'automatic', pt: 'automático' },
  'admin.conflict.title': {
    fr: 'Décision déjà prise',
    en: 'Already decided',
    pt: 'Já decidido',
  },
  'admin.value.none': { fr: '—', en: '—' },
  'admin.value.yes': { fr: 'Oui', en: 'Yes', pt: 'Sim', ar: 'نعم' },
  'admin.value.no': { fr: 'Non', en: 'No', pt: 'Não', ar: 'لا' },
  'admin.value.anyCountry': {
    fr: 'Tous les pays',
    en: 'Any country',
    pt: 'Todos os países',
  },
  'admin.value.rolling': {
    fr: 'Au fil de l’eau (toute l’année)',
    en: 'Rolling (all year round)',
  },
  'admin.value.ageBetween': { fr: 'De {min} à {max} ans', en: 'Aged {min} to {max}' },
  'admin.value.ageFrom': { fr: 'À partir de {min} ans', en: 'Aged {min} and over' },
  'admin.value.ageUpTo': { fr: 'Jusqu’à {max} ans', en: 'Aged up to {max}' },
  'admin.duration.none': { fr: '—', en: '—' },
  'admin.duration.minutes': { fr: '{n} min', en: '{n} min' },
  'admin.duration.hours': { fr: '{n} h', en: '{n} h' },
  'admin.duration.days': { fr: '{n} j', en: '{n} d', pt: '{n} d' },

  // Flash messages
  'admin.flash.organisationVerified': {
    fr: 'Organisation vérifiée. Ses membres sont prévenus par e-mail.',
    en: 'Organisation verified. Its members are told by e-mail.',
  },
  'admin.flash.organisationRejected': {
    fr: 'Organisation refusée. Ses membres reçoivent le motif par e-mail.',
    en: 'Organisation rejected. Its members receive the reason by e-mail.',
  },
  'admin.flash.decision.publish': {
    fr: 'Décision enregistrée : publiée. L’organisation est prévenue.',
    en: 'Decision recorded: published. The organisation is told.',
  },
  'admin.flash.decision.request_changes': {
    fr: 'Décision enregistrée : modifications demandées. L’organisation reçoit votre commentaire.',
    en: 'Decision recorded: changes requested. The organisation receives your comment.',
  },
  'admin.flash.decision.reject': {
    fr: 'Décision enregistrée : refusée. L’organisation reçoit le motif.',
    en: 'Decision recorded: rejected. The organisation receives the reason.',
  },
  'admin.flash.offerArchived': {
    fr: 'Offre archivée : elle n’est plus publiée.',
    en: 'Offer archived: it is no longer published.',
  },
  'admin.flash.termCreated': { fr: 'Terme ajouté.', en: 'Term added.' },
  'admin.flash.termRenamed': { fr: 'Terme modifié.', en: 'Term updated.' },
  'admin.flash.termRetired': {
    fr: 'Terme retiré : il ne peut plus être choisi.',
    en: 'Term retired: it can no longer be chosen.',
  },
  'admin.flash.termUnretired': {
    fr: 'Terme rétabli : il peut de nouveau être choisi.',
    en: 'Term restored: it can be chosen again.',
  },
  'admin.flash.userDisabled': {
    fr: 'Compte désactivé : ses sessions sont fermées.',
    en: 'Account disabled: its sessions are closed.',
  },
  'admin.flash.userEnabled': { fr: 'Compte réactivé.', en: 'Account enabled.' },
  'admin.flash.userPromoted': {
    fr: 'Compte promu administrateur. La personne doit se reconnecter.',
    en: 'Account promoted to admin. The person must sign in again.',
  },

  // Dashboard
  'admin.dashboard.title': {
    fr: 'Tableau de bord',
    en: 'Dashboard',
    pt: 'Painel',
    ar: 'لوحة المتابعة',
  },
  'admin.dashboard.todo': { fr: 'À traiter', en: 'To do', pt: 'Por tratar' },
  'admin.dashboard.offersWaiting': {
    fr: 'offre(s) ou modification(s) à relire',
    en: 'offer(s) or change(s) to review',
  },
  'admin.dashboard.ofWhichRevisions': {
    fr: 'dont {count} modification(s) d’offres publiées',
    en: 'of which {count} change(s) to published offers',
  },
  'admin.dashboard.late': {
    fr: '{count} en attente depuis plus de {hours} h',
    en: '{count} waiting more than {hours} h',
  },
  'admin.dashboard.oldest': { fr: 'La plus ancienne :', en: 'Oldest:' },
  'admin.dashboard.organisationsWaiting': {
    fr: 'organisation(s) à vérifier',
    en: 'organisation(s) to verify',
  },
  'admin.dashboard.searchWindow': {
    fr: 'Recherches sur',
    en: 'Searches over',
  },
  'admin.dashboard.decisionWindow': {
    fr: 'Délais de décision sur',
    en: 'Decision times over',
  },
  'admin.dashboard.lastDays': {
    fr: 'les {days} derniers jours',
    en: 'the last {days} days',
  },
  'admin.dashboard.show': { fr: 'Afficher', en: 'Show', pt: 'Mostrar' },
  'admin.dashboard.byState': { fr: 'Offres par état', en: 'Offers by state' },
  'admin.dashboard.total': { fr: 'Total', en: 'Total', pt: 'Total' },
  'admin.dashboard.col.state': { fr: 'État', en: 'State', pt: 'Estado' },
  'admin.dashboard.col.offers': { fr: 'Offres', en: 'Offers', pt: 'Ofertas' },
  'admin.dashboard.col.published': { fr: 'Offres publiées', en: 'Published offers' },
  'admin.dashboard.col.bar': { fr: 'Part', en: 'Share' },
  'admin.dashboard.col.category': { fr: 'Catégorie', en: 'Category', pt: 'Categoria' },
  'admin.dashboard.col.country': {
    fr: 'Pays visé',
    en: 'Target country',
    pt: 'País visado',
  },
  'admin.dashboard.col.what': { fr: 'Décisions sur', en: 'Decisions on' },
  'admin.dashboard.col.decisions': { fr: 'Décisions', en: 'Decisions' },
  'admin.dashboard.col.median': { fr: 'Délai médian', en: 'Median time' },
  'admin.dashboard.col.p90': { fr: '90 % en moins de', en: '90% within' },
  'admin.dashboard.col.query': { fr: 'Recherche', en: 'Search', pt: 'Pesquisa' },
  'admin.dashboard.col.count': { fr: 'Nombre', en: 'Count', pt: 'Número' },
  'admin.dashboard.col.lastSeen': { fr: 'Dernière fois', en: 'Last seen' },
  'admin.dashboard.delays': {
    fr: 'Délais de décision',
    en: 'Time to decision',
  },
  'admin.dashboard.delaysHint': {
    fr: 'Du dépôt (ou de la demande de vérification) à la décision, pour les décisions des {days} derniers jours.',
    en: 'From submission (or verification request) to the decision, for the decisions of the last {days} days.',
  },
  'admin.dashboard.decision.newOffers': { fr: 'Nouvelles offres', en: 'New offers' },
  'admin.dashboard.decision.revisions': {
    fr: 'Modifications d’offres publiées',
    en: 'Changes to published offers',
  },
  'admin.dashboard.decision.organisations': {
    fr: 'Vérification des organisations',
    en: 'Organisation verification',
  },
  'admin.dashboard.byCategory': {
    fr: 'Offres publiées par catégorie',
    en: 'Published offers by category',
  },
  'admin.dashboard.publishedHint': {
    fr: '{count} offre(s) publiée(s). Les catégories à 0 montrent les manques du catalogue.',
    en: '{count} published offer(s). Categories at 0 show the gaps in the catalogue.',
  },
  'admin.dashboard.byCountry': {
    fr: 'Offres publiées par pays visé',
    en: 'Published offers by target country',
  },
  'admin.dashboard.byCountryHint': {
    fr: 'Une offre qui vise plusieurs pays compte dans chacun.',
    en: 'An offer for several countries counts in each.',
  },
  'admin.dashboard.anyCountry': {
    fr: 'Sans pays visé (tous pays)',
    en: 'No target country (anywhere)',
  },
  'admin.dashboard.noData': { fr: 'Aucune offre publiée.', en: 'No published offer.' },
  'admin.dashboard.searches': { fr: 'Recherches', en: 'Searches', pt: 'Pesquisas' },
  'admin.dashboard.volume': {
    fr: '{total} recherche(s) sur les {days} derniers jours, dont {zero} sans résultat ({share}).',
    en: '{total} search(es) over the last {days} days, {zero} of them without results ({share}).',
  },
  'admin.dashboard.redacted': {
    fr: '{count} recherche(s) contenaient des données personnelles et n’ont pas été conservées.',
    en: '{count} search(es) contained personal data and were not kept.',
  },
  'admin.dashboard.searchPrivacy': {
    fr: 'Journal anonyme : seuls les mots recherchés sont gardés, jamais qui a cherché.',
    en: 'Anonymous log: only the words searched are kept, never who searched.',
  },
  'admin.dashboard.zeroResults': {
    fr: 'Recherches sans résultat les plus fréquentes',
    en: 'Most frequent searches without results',
  },
  'admin.dashboard.topQueries': {
    fr: 'Recherches les plus fréquentes',
    en: 'Most frequent searches',
  },
  'admin.dashboard.noZeroResults': {
    fr: 'Aucune recherche sans résultat sur la période.',
    en: 'No search without results in this period.',
  },
  'admin.dashboard.noQueries': {
    fr: 'Aucune recherche sur la période.',
    en: 'No search in this period.',
  },

  // Organisations
  'admin.organisations.title': {
    fr: 'Vérification des organisations',
    en: 'Organisation verification',
    pt: 'Verificação das organizações',
  },
  'admin.organisations.intro': {
    fr: 'Les demandes les plus anciennes d’abord. Vérifiez l’identifiant légal avant de décider.',
    en: 'Oldest requests first. Check the legal identifier before deciding.',
  },
  'admin.organisations.filter.status': {
    fr: 'Statut de vérification',
    en: 'Verification status',
  },
  'admin.organisations.empty': {
    fr: 'Aucune organisation avec ce statut.',
    en: 'No organisation with this status.',
  },
  'admin.organisations.emptyPending': {
    fr: 'Aucune organisation n’attend de vérification.',
    en: 'No organisation is waiting for verification.',
  },
  'admin.organisations.col.name': { fr: 'Nom', en: 'Name', pt: 'Nome' },
  'admin.organisations.col.kind': { fr: 'Type', en: 'Type', pt: 'Tipo' },
  'admin.organisations.col.legal': {
    fr: 'Identifiant légal',
    en: 'Legal identifier',
  },
  'admin.organisations.col.countries': {
    fr: 'Pays d’activité',
    en: 'Countries of operation',
  },
  'admin.organisations.col.requested': { fr: 'Demandée le', en: 'Requested on' },
  'admin.organisations.col.status': { fr: 'Statut', en: 'Status', pt: 'Estado' },
  'admin.verification.pending': { fr: 'À vérifier', en: 'Pending', pt: 'Pendente' },
  'admin.verification.verified': { fr: 'Vérifiée', en: 'Verified', pt: 'Verificada' },
  'admin.verification.rejected': { fr: 'Refusée', en: 'Rejected', pt: 'Recusada' },
  'admin.verification.notVerified': {
    fr: 'Non vérifiée',
    en: 'Not verified',
    pt: 'Não verificada',
  },
  'admin.verification.all': { fr: 'Tous les statuts', en: 'All statuses' },
  'admin.verification.unknown': { fr: 'inconnu', en: 'unknown' },
  'admin.organisation.import': {
    fr: 'Importer des offres pour cette organisation',
    en: 'Import offers for this organisation',
  },
  'admin.organisation.back': {
    fr: '← Retour à la file de vérification',
    en: '← Back to the verification queue',
  },
  'admin.organisation.status': { fr: 'Statut :', en: 'Status:' },
  'admin.organisation.details': { fr: 'Fiche', en: 'Details', pt: 'Ficha' },
  'admin.organisation.legal': {
    fr: 'Identifiant légal (pays · numéro)',
    en: 'Legal identifier (country · number)',
  },
  'admin.organisation.noLegal': {
    fr: 'Aucun identifiant légal',
    en: 'No legal identifier',
  },
  'admin.organisation.website': { fr: 'Site web', en: 'Website', pt: 'Sítio web' },
  'admin.organisation.email': { fr: 'E-mail de contact', en: 'Contact e-mail' },
  'admin.organisation.phone': { fr: 'Téléphone', en: 'Phone', pt: 'Telefone' },
  'admin.organisation.created': { fr: 'Créée le', en: 'Created on' },
  'admin.organisation.updated': { fr: 'Modifiée le', en: 'Updated on' },
  'admin.organisation.verifiedAt': { fr: 'Vérifiée le', en: 'Verified on' },
  'admin.organisation.rejectionReason': { fr: 'Motif du refus', en: 'Reason for rejection' },
  'admin.organisation.description': { fr: 'Présentation', en: 'Description' },
  'admin.organisation.noDescription': {
    fr: 'Aucune présentation.',
    en: 'No description.',
  },
  'admin.organisation.queueLink': {
    fr: 'Ses offres à relire',
    en: 'Its offers waiting for review',
  },
  'admin.organisation.journalLink': {
    fr: 'Son journal de modération',
    en: 'Its moderation log',
  },
  'admin.organisation.publicLink': { fr: 'Sa page publique', en: 'Its public page' },
  'admin.organisation.decision': { fr: 'Décision', en: 'Decision', pt: 'Decisão' },
  'admin.organisation.decisionHint': {
    fr: 'Les membres de l’organisation reçoivent la décision par e-mail. Une organisation vérifiée peut publier des offres.',
    en: 'The organisation’s members receive the decision by e-mail. A verified organisation can publish offers.',
  },
  'admin.organisation.verify': {
    fr: 'Vérifier l’organisation',
    en: 'Verify the organisation',
  },
  'admin.organisation.reason': { fr: 'Motif du refus', en: 'Reason for rejection' },
  'admin.organisation.reasonHint': {
    fr: 'Obligatoire pour refuser. Les membres le liront : dites ce qu’il faut corriger.',
    en: 'Required to reject. The members will read it: say what to correct.',
  },
  'admin.organisation.reject': {
    fr: 'Refuser l’organisation',
    en: 'Reject the organisation',
  },
  'admin.organisation.rejectConfirm': {
    fr: 'Refuser cette organisation ?',
    en: 'Reject this organisation?',
  },
  'admin.organisation.noDecision.verified': {
    fr: 'Cette organisation est vérifiée. Si son identifiant légal change, elle reviendra dans la file.',
    en: 'This organisation is verified. If its legal identifier changes, it comes back to the queue.',
  },
  'admin.organisation.noDecision.rejected': {
    fr: 'Cette organisation a été refusée. Elle reviendra dans la file si ses membres redemandent la vérification.',
    en: 'This organisation was rejected. It comes back to the queue if its members ask for verification again.',
  },
  'admin.organisation.conflict': {
    fr: 'Un autre membre de l’équipe a déjà décidé : statut actuel « {status} ». Votre décision n’a pas été enregistrée.',
    en: 'Another team member already decided: current status “{status}”. Your decision was not recorded.',
  },
  'admin.organisation.history': {
    fr: 'Historique de vérification',
    en: 'Verification history',
  },
  'admin.organisation.noHistory': {
    fr: 'Aucune décision pour l’instant.',
    en: 'No decision yet.',
  },

  // Review queue and review page
  'admin.offers.title': {
    fr: 'Offres à relire',
    en: 'Review queue',
    pt: 'Ofertas a rever',
  },
  'admin.offers.intro': {
    fr: 'Nouvelles offres et modifications d’offres publiées, les plus anciennes d’abord.',
    en: 'New offers and changes to published offers, oldest first.',
  },
  'admin.offers.filter.kind': { fr: 'Type de demande', en: 'Kind of request' },
  'admin.offers.filter.category': { fr: 'Catégorie', en: 'Category', pt: 'Categoria' },
  'admin.offers.filter.country': { fr: 'Pays', en: 'Country', pt: 'País' },
  'admin.offers.filter.countryHint': {
    fr: 'Pays de résidence ou pays visé.',
    en: 'Country of residence or target country.',
  },
  'admin.offers.filter.organisation': {
    fr: 'Organisation (identifiant)',
    en: 'Organisation (identifier)',
  },
  'admin.offers.filter.organisationHint': {
    fr: 'L’identifiant figure dans l’adresse de la fiche de l’organisation.',
    en: 'The identifier is in the address of the organisation’s page.',
  },
  'admin.offers.filter.age': {
    fr: 'En attente depuis au moins (heures)',
    en: 'Waiting for at least (hours)',
  },
  'admin.offers.filter.ageHint': {
    fr: 'Par exemple 48 pour deux jours.',
    en: 'For example 48 for two days.',
  },
  'admin.offers.empty': {
    fr: 'Rien à relire pour ces critères.',
    en: 'Nothing to review for these criteria.',
  },
  'admin.offers.col.title': { fr: 'Offre', en: 'Offer', pt: 'Oferta' },
  'admin.offers.col.kind': { fr: 'Type', en: 'Kind', pt: 'Tipo' },
  'admin.offers.col.organisation': { fr: 'Organisation', en: 'Organisation' },
  'admin.offers.col.category': { fr: 'Catégorie', en: 'Category' },
  'admin.offers.col.submitted': { fr: 'Déposée le', en: 'Submitted on' },
  'admin.offers.col.duplicates': { fr: 'Doublons possibles', en: 'Possible duplicates' },
  'admin.offers.waiting': { fr: 'en attente depuis {duration}', en: 'waiting for {duration}' },
  'admin.offers.onlyThisOrganisation': {
    fr: 'Seulement cette organisation',
    en: 'Only this organisation',
  },
  'admin.kind.new': { fr: 'Nouvelle offre', en: 'New offer', pt: 'Nova oferta' },
  'admin.kind.revision': { fr: 'Modification', en: 'Change', pt: 'Alteração' },
  'admin.kind.new.long': {
    fr: 'Une nouvelle offre, pas encore publiée',
    en: 'A new offer, not published yet',
  },
  'admin.kind.revision.long': {
    fr: 'Une modification d’une offre publiée (la version en ligne reste visible en attendant)',
    en: 'A change to a published offer (the live version stays online meanwhile)',
  },
  'admin.offerState.draft': { fr: 'Brouillon', en: 'Draft', pt: 'Rascunho' },
  'admin.offerState.submitted': { fr: 'À relire', en: 'Submitted', pt: 'Submetida' },
  'admin.offerState.changes_requested': {
    fr: 'Modifications demandées',
    en: 'Changes requested',
  },
  'admin.offerState.published': { fr: 'Publiée', en: 'Published', pt: 'Publicada' },
  'admin.offerState.rejected': { fr: 'Refusée', en: 'Rejected', pt: 'Recusada' },
  'admin.offerState.archived': { fr: 'Archivée', en: 'Archived', pt: 'Arquivada' },
  'admin.offerState.expired': { fr: 'Expirée', en: 'Expired', pt: 'Expirada' },
  'admin.offer.back': { fr: '← Retour à la file', en: '← Back to the queue' },
  'admin.offer.state': { fr: 'État', en: 'State', pt: 'Estado' },
  'admin.offer.waits': { fr: 'À relire', en: 'Waiting for review' },
  'admin.offer.nothingWaits': {
    fr: 'Rien n’attend de décision',
    en: 'Nothing waits for a decision',
  },
  'admin.offer.publishedAt': { fr: 'Publiée le', en: 'Published on' },
  'admin.offer.publicLink': { fr: 'voir la page publique', en: 'see the public page' },
  'admin.offer.lastVerified': { fr: 'Dernière vérification', en: 'Last verified' },
  'admin.offer.quality': { fr: 'Score de qualité', en: 'Quality score' },
  'admin.offer.lastComment': {
    fr: 'Dernier commentaire de l’équipe',
    en: 'Last comment from the team',
  },
  'admin.offer.revisionComment': {
    fr: 'Commentaire sur la modification',
    en: 'Comment on the change',
  },
  'admin.offer.organisationNotVerified': {
    fr: 'L’organisation n’est pas vérifiée : l’offre ne pourra être publiée qu’après sa vérification.',
    en: 'The organisation is not verified: the offer can only be published once it is.',
  },
  'admin.offer.verifyOrganisation': {
    fr: 'Ouvrir la fiche de l’organisation',
    en: 'Open the organisation’s file',
  },
  'admin.offer.duplicates': { fr: 'Doublons possibles', en: 'Possible duplicates' },
  'admin.offer.duplicatesHint': {
    fr: 'Offres de la même organisation au titre proche. Vérifiez qu’il ne s’agit pas de la même offre.',
    en: 'Offers of the same organisation with a similar title. Check it is not the same offer.',
  },
  'admin.offer.noDuplicates': {
    fr: 'Aucune offre au titre proche.',
    en: 'No offer with a similar title.',
  },
  'admin.offer.duplicatesUnavailable': {
    fr: 'Recherche de doublons indisponible pour cette offre.',
    en: 'Duplicate check not available for this item.',
    pt: 'Verificação de duplicados indisponível para esta oferta.',
    ar: 'التحقق من التكرار غير متاح لهذا العنصر.',
  },
  'admin.offer.similarity': { fr: 'titre semblable à {percent}', en: 'title {percent} similar' },
  'admin.offer.revision': {
    fr: 'Version en ligne et modification proposée',
    en: 'Live version and proposed change',
  },
  'admin.offer.revisionIntro': {
    fr: 'Chaque champ, langue par langue : la version en ligne à gauche, la modification proposée à droite.',
    en: 'Each field, language by language: the live version on the left, the proposed change on the right.',
  },
  'admin.offer.noChange': {
    fr: 'La modification proposée est identique à la version en ligne.',
    en: 'The proposed change is the same as the live version.',
  },
  'admin.offer.changedFields': {
    fr: '{count} champ(s) modifié(s) :',
    en: '{count} field(s) changed:',
  },
  'admin.offer.diffLegend': { fr: 'Légende :', en: 'Key:' },
  'admin.offer.legendRemoved': { fr: 'texte retiré', en: 'removed text' },
  'admin.offer.legendAdded': { fr: 'texte ajouté', en: 'added text' },
  'admin.offer.col.field': { fr: 'Champ', en: 'Field', pt: 'Campo' },
  'admin.offer.col.live': { fr: 'Version en ligne', en: 'Live version' },
  'admin.offer.col.proposed': { fr: 'Modification proposée', en: 'Proposed change' },
  'admin.offer.changed': { fr: 'Modifié', en: 'Changed', pt: 'Alterado' },
  'admin.offer.submittedContent': { fr: 'Contenu soumis', en: 'Submitted content' },
  'admin.offer.content': { fr: 'Contenu', en: 'Content', pt: 'Conteúdo' },
  'admin.offer.decision': { fr: 'Décision', en: 'Decision', pt: 'Decisão' },
  'admin.offer.reason': {
    fr: 'Commentaire pour l’organisation',
    en: 'Comment for the organisation',
  },
  'admin.offer.reasonHint': {
    fr: 'Obligatoire pour demander des modifications ou refuser : l’organisation le lira.',
    en: 'Required to request changes or reject: the organisation will read it.',
  },
  'admin.offer.publish': { fr: 'Publier', en: 'Publish', pt: 'Publicar' },
  'admin.offer.approve': {
    fr: 'Approuver la modification',
    en: 'Approve the change',
  },
  'admin.offer.requestChanges': {
    fr: 'Demander des modifications',
    en: 'Request changes',
  },
  'admin.offer.reject': { fr: 'Refuser l’offre', en: 'Reject the offer' },
  'admin.offer.rejectRevision': {
    fr: 'Refuser la modification',
    en: 'Reject the change',
  },
  'admin.offer.rejectConfirm': { fr: 'Refuser définitivement ?', en: 'Reject for good?' },
  'admin.offer.noDecision': {
    fr: 'Aucune décision de publication n’est possible dans cet état.',
    en: 'No publication decision is possible in this state.',
  },
  'admin.offer.archiveTitle': { fr: 'Archiver l’offre', en: 'Archive the offer' },
  'admin.offer.archiveReason': {
    fr: 'Motif de l’archivage',
    en: 'Reason for archiving',
  },
  'admin.offer.archiveHint': {
    fr: 'Facultatif. L’offre disparaît de la recherche ; l’organisation est prévenue.',
    en: 'Optional. The offer leaves the search; the organisation is told.',
  },
  'admin.offer.archive': { fr: 'Archiver l’offre', en: 'Archive the offer' },
  'admin.offer.archiveConfirm': {
    fr: 'Archiver cette offre ? Elle ne sera plus publiée.',
    en: 'Archive this offer? It will no longer be published.',
  },
  'admin.offer.conflict.state': {
    fr: 'Cette offre a déjà été traitée : état actuel « {state} ». Votre décision n’a pas été enregistrée.',
    en: 'This offer was already decided: current state “{state}”. Your decision was not recorded.',
  },
  'admin.offer.conflict.notVerified': {
    fr: 'Seules les offres d’organisations vérifiées peuvent être publiées : vérifiez d’abord l’organisation.',
    en: 'Only offers of verified organisations can be published: verify the organisation first.',
  },
  'admin.offer.history': { fr: 'Historique', en: 'History', pt: 'Histórico' },
  'admin.offer.fullHistory': {
    fr: 'Tout l’historique ({count} événements)',
    en: 'Full history ({count} events)',
  },
  'admin.field.title': { fr: 'Titre ({language})', en: 'Title ({language})' },
  'admin.field.summary': { fr: 'Résumé ({language})', en: 'Summary ({language})' },
  'admin.field.description': {
    fr: 'Description ({language})',
    en: 'Description ({language})',
  },
  'admin.field.otherConditions': {
    fr: 'Autres conditions ({language})',
    en: 'Other conditions ({language})',
  },
  'admin.field.category': { fr: 'Catégorie', en: 'Category' },
  'admin.field.sectors': { fr: 'Secteurs', en: 'Sectors' },
  'admin.field.stages': { fr: 'Stades du projet', en: 'Business stages' },
  'admin.field.residenceCountries': {
    fr: 'Pays de résidence acceptés',
    en: 'Countries of residence accepted',
  },
  'admin.field.targetCountries': {
    fr: 'Pays où le projet est mené',
    en: 'Countries where the business is',
  },
  'admin.field.diasporaOnly': { fr: 'Réservée à la diaspora', en: 'Diaspora only' },
  'admin.field.genderFocus': { fr: 'Public', en: 'Audience' },
  'admin.field.age': { fr: 'Âge', en: 'Age' },
  'admin.field.deliveryLanguages': { fr: 'Langues de l’offre', en: 'Languages of delivery' },
  'admin.field.format': { fr: 'Format', en: 'Format' },
  'admin.field.location': { fr: 'Lieu', en: 'Location' },
  'admin.field.cost': { fr: 'Coût', en: 'Cost' },
  'admin.field.funding': { fr: 'Montant du financement', en: 'Funding amount' },
  'admin.field.opensOn': { fr: 'Ouverture', en: 'Opens on' },
  'admin.field.deadline': { fr: 'Date limite', en: 'Deadline' },
  'admin.field.startsOn': { fr: 'Début', en: 'Starts on' },
  'admin.field.endsOn': { fr: 'Fin', en: 'Ends on' },
  'admin.field.applyUrl': { fr: 'Candidater (adresse web)', en: 'Apply (web address)' },
  'admin.field.applyEmail': { fr: 'Candidater (e-mail)', en: 'Apply (e-mail)' },
  'admin.field.contactName': { fr: 'Contact', en: 'Contact' },
  'admin.field.contactEmail': { fr: 'E-mail du contact', en: 'Contact e-mail' },
  'admin.field.contactPhone': { fr: 'Téléphone du contact', en: 'Contact phone' },
  'admin.field.tags': { fr: 'Mots-clés', en: 'Tags' },
  'admin.gender.any': { fr: 'Tous publics', en: 'Everyone' },
  'admin.gender.women': { fr: 'Femmes', en: 'Women' },
  'admin.gender.men': { fr: 'Hommes', en: 'Men' },

  // Taxonomy
  'admin.taxonomy.title': { fr: 'Taxonomie', en: 'Taxonomy', pt: 'Taxonomia' },
  'admin.taxonomy.intro': {
    fr: 'Les catégories, secteurs et stades avec lesquels les offres sont classées. Un code est définitif : les offres l’enregistrent. Un terme retiré reste sur les offres qui l’ont, mais ne peut plus être choisi.',
    en: 'The categories, sectors and stages offers are classified with. A code is permanent: offers store it. A retired term stays on the offers that have it but can no longer be chosen.',
  },
  'admin.taxonomy.vocabularies': { fr: 'Vocabulaires', en: 'Vocabularies' },
  'admin.vocabulary.category': { fr: 'Catégories', en: 'Categories', pt: 'Categorias' },
  'admin.vocabulary.sector': { fr: 'Secteurs', en: 'Sectors', pt: 'Setores' },
  'admin.vocabulary.stage': {
    fr: 'Stades du projet',
    en: 'Business stages',
    pt: 'Fases do projeto',
  },
  'admin.taxonomy.empty': { fr: 'Aucun terme.', en: 'No term.' },
  'admin.taxonomy.col.code': { fr: 'Code', en: 'Code', pt: 'Código' },
  'admin.taxonomy.col.status': { fr: 'Statut', en: 'Status', pt: 'Estado' },
  'admin.taxonomy.active': { fr: 'Actif', en: 'Active', pt: 'Ativo' },
  'admin.taxonomy.retired': { fr: 'Retiré', en: 'Retired', pt: 'Retirado' },
  'admin.taxonomy.parentRetired': {
    fr: 'Parent retiré',
    en: 'Parent retired',
  },
  'admin.taxonomy.subTermOf': { fr: 'sous-terme de {parent}', en: 'sub-term of {parent}' },
  'admin.taxonomy.edit': { fr: 'Modifier', en: 'Edit', pt: 'Editar' },
  'admin.taxonomy.retire': { fr: 'Retirer', en: 'Retire', pt: 'Retirar' },
  'admin.taxonomy.unretire': { fr: 'Rétablir', en: 'Restore', pt: 'Restabelecer' },
  'admin.taxonomy.retireConfirm': {
    fr: 'Retirer « {label} » ? Il ne pourra plus être choisi pour une offre.',
    en: 'Retire “{label}”? It can no longer be chosen for an offer.',
  },
  'admin.taxonomy.create': { fr: 'Ajouter un terme', en: 'Add a term', pt: 'Adicionar um termo' },
  'admin.taxonomy.createButton': {
    fr: 'Ajouter le terme',
    en: 'Add the term',
    pt: 'Adicionar o termo',
  },
  'admin.taxonomy.field.vocabulary': { fr: 'Vocabulaire', en: 'Vocabulary' },
  'admin.taxonomy.field.code': { fr: 'Code', en: 'Code', pt: 'Código' },
  'admin.taxonomy.field.codeHint': {
    fr: 'Minuscules, chiffres et _ , commençant par une lettre (ex. : agritech). Définitif.',
    en: 'Lower-case letters, digits and _, starting with a letter (e.g. agritech). Permanent.',
  },
  'admin.taxonomy.field.parent': { fr: 'Terme parent', en: 'Parent term' },
  'admin.taxonomy.field.parentHint': {
    fr: 'Facultatif : un terme de premier niveau du même vocabulaire (un seul niveau de sous-termes).',
    en: 'Optional: a top-level term of the same vocabulary (one level of sub-terms).',
  },
  'admin.taxonomy.field.noParent': {
    fr: 'Aucun (terme de premier niveau)',
    en: 'None (top-level term)',
  },
  'admin.taxonomy.field.labels': { fr: 'Libellés', en: 'Labels', pt: 'Rótulos' },
  'admin.taxonomy.field.labelFr': { fr: 'Libellé en français', en: 'Label in French' },
  'admin.taxonomy.field.labelEn': { fr: 'Libellé en anglais', en: 'Label in English' },
  'admin.taxonomy.field.labelPt': { fr: 'Libellé en portugais', en: 'Label in Portuguese' },
  'admin.taxonomy.field.labelAr': { fr: 'Libellé en arabe', en: 'Label in Arabic' },
  'admin.taxonomy.field.position': { fr: 'Position', en: 'Position', pt: 'Posição' },
  'admin.taxonomy.field.positionHint': {
    fr: 'Facultatif : ordre parmi les termes voisins (par défaut, après le dernier).',
    en: 'Optional: order among sibling terms (by default, after the last one).',
  },
  'admin.term.title': { fr: 'Terme « {label} »', en: 'Term “{label}”' },
  'admin.term.back': { fr: '← Retour à la taxonomie', en: '← Back to the taxonomy' },
  'admin.term.codeStable': { fr: '(définitif)', en: '(permanent)' },
  'admin.term.updated': { fr: 'Modifié le', en: 'Updated on' },
  'admin.term.rename': { fr: 'Renommer', en: 'Rename', pt: 'Renomear' },
  'admin.term.emptyRemoves': {
    fr: 'Laissez vide pour retirer ce libellé.',
    en: 'Leave empty to remove this label.',
  },
  'admin.term.positionHint': {
    fr: 'Ordre parmi les termes voisins.',
    en: 'Order among sibling terms.',
  },
  'admin.term.save': {
    fr: 'Enregistrer les libellés',
    en: 'Save the labels',
    pt: 'Guardar os rótulos',
  },
  'admin.term.retireTitle': { fr: 'Retirer le terme', en: 'Retire the term' },
  'admin.term.retireHint': {
    fr: 'Les offres qui l’ont le gardent, mais il ne peut plus être choisi ; ses sous-termes non plus.',
    en: 'Offers that have it keep it, but it can no longer be chosen; neither can its sub-terms.',
  },
  'admin.term.unretireTitle': { fr: 'Rétablir le terme', en: 'Restore the term' },
  'admin.term.unretireHint': {
    fr: 'Le terme pourra de nouveau être choisi pour une offre.',
    en: 'The term can be chosen for an offer again.',
  },

  // Accounts
  'admin.apiKeys.title': { fr: 'Clés d’API des partenaires', en: 'Partner API keys' },
  'admin.apiKeys.intro': {
    fr: 'Une clé permet à un partenaire de lire le catalogue public avec une limite de requêtes plus haute ; elle ne permet jamais de modifier quoi que ce soit.',
    en: 'A key lets a partner read the public catalogue with a higher request limit; it never allows changing anything.',
  },
  'admin.apiKeys.new': { fr: 'Nouvelle clé', en: 'New key' },
  'admin.apiKeys.name': { fr: 'Pour qui ?', en: 'Who is it for?' },
  'admin.apiKeys.nameHint': {
    fr: 'Le partenaire et l’usage, par exemple « DORA — miroir du catalogue ».',
    en: 'The partner and the use, e.g. “DORA — catalogue mirror”.',
  },
  'admin.apiKeys.issue': { fr: 'Créer la clé', en: 'Issue the key' },
  'admin.apiKeys.issued': { fr: 'Clé créée pour {name}.', en: 'Key issued for {name}.' },
  'admin.apiKeys.keyLabel': {
    fr: 'La clé, à transmettre au partenaire par un canal sûr :',
    en: 'The key, to pass on to the partner over a safe channel:',
  },
  'admin.apiKeys.shownOnce': {
    fr: 'Elle ne sera plus jamais affichée : seule son empreinte est conservée. Perdue, il faut en créer une autre.',
    en: 'It will never be shown again: only its fingerprint is kept. If it is lost, issue another one.',
  },
  'admin.apiKeys.empty': { fr: 'Aucune clé pour l’instant.', en: 'No key yet.' },
  'admin.apiKeys.col.name': { fr: 'Pour', en: 'For' },
  'admin.apiKeys.col.prefix': { fr: 'Début de la clé', en: 'Key starts with' },
  'admin.apiKeys.col.created': { fr: 'Créée le', en: 'Issued on' },
  'admin.apiKeys.col.lastUsed': { fr: 'Dernier usage', en: 'Last used' },
  'admin.apiKeys.col.status': { fr: 'État', en: 'Status' },
  'admin.apiKeys.neverUsed': { fr: 'jamais', en: 'never' },
  'admin.apiKeys.active': { fr: 'active', en: 'active' },
  'admin.apiKeys.revoked': { fr: 'révoquée', en: 'revoked' },
  'admin.apiKeys.revoke': { fr: 'Révoquer', en: 'Revoke' },
  'admin.apiKeys.revokeConfirm': {
    fr: 'Révoquer la clé de {name} ? Elle sera refusée dès la prochaine requête, définitivement.',
    en: 'Revoke the key of {name}? It will be refused from the next request on, for good.',
  },
  'admin.flash.apiKeyRevoked': { fr: 'Clé révoquée.', en: 'Key revoked.' },
  'admin.users.title': { fr: 'Comptes', en: 'Accounts', pt: 'Contas', ar: 'الحسابات' },
  'admin.users.filter.kind': { fr: 'Type de compte', en: 'Account type' },
  'admin.users.filter.status': { fr: 'État du compte', en: 'Account status' },
  'admin.users.filter.email': {
    fr: 'Adresse e-mail (début)',
    en: 'E-mail address (start)',
  },
  'admin.users.filter.emailHint': {
    fr: 'Les comptes dont l’adresse commence par ce texte.',
    en: 'Accounts whose address starts with this text.',
  },
  'admin.users.empty': { fr: 'Aucun compte pour ces critères.', en: 'No account matches.' },
  'admin.users.col.email': { fr: 'E-mail', en: 'E-mail', pt: 'E-mail' },
  'admin.users.col.name': { fr: 'Nom affiché', en: 'Display name' },
  'admin.users.col.kind': { fr: 'Type', en: 'Type', pt: 'Tipo' },
  'admin.users.col.status': { fr: 'État', en: 'Status', pt: 'Estado' },
  'admin.users.col.created': { fr: 'Créé le', en: 'Created on' },
  'admin.users.noEmail': { fr: '(adresse effacée)', en: '(address erased)' },
  'admin.users.unverifiedEmail': { fr: 'e-mail non confirmé', en: 'e-mail not confirmed' },
  'admin.users.you': { fr: 'Votre compte', en: 'Your account' },
  'admin.users.disable': { fr: 'Désactiver', en: 'Disable', pt: 'Desativar' },
  'admin.users.enable': { fr: 'Réactiver', en: 'Enable', pt: 'Reativar' },
  'admin.users.promote': {
    fr: 'Promouvoir administrateur',
    en: 'Make admin',
    pt: 'Tornar administrador',
  },
  'admin.users.disableConfirm': {
    fr: 'Désactiver le compte {who} ? Ses sessions seront fermées immédiatement.',
    en: 'Disable the account {who}? Its sessions end at once.',
  },
  'admin.users.promoteConfirm': {
    fr: 'Faire de {who} un administrateur ? Ce compte aura accès à tout le back office.',
    en: 'Make {who} an admin? This account will have access to the whole back office.',
  },
  'admin.users.refused': { fr: 'Action refusée', en: 'Action refused' },
  'admin.users.refusal.IDENTITY.CANNOT_DISABLE_SELF': {
    fr: 'Vous ne pouvez pas désactiver votre propre compte.',
    en: 'You cannot disable your own account.',
  },
  'admin.users.refusal.IDENTITY.ACCOUNT_DELETED': {
    fr: 'Ce compte a été supprimé.',
    en: 'This account was deleted.',
  },
  'admin.users.refusal.IDENTITY.ACCOUNT_NOT_ACTIVE': {
    fr: 'Seul un compte actif peut être promu.',
    en: 'Only an active account can be promoted.',
  },
  'admin.accountKind.entrepreneur': {
    fr: 'Entrepreneur·e',
    en: 'Entrepreneur',
    pt: 'Empreendedor(a)',
  },
  'admin.accountKind.organisation_member': {
    fr: 'Membre d’organisation',
    en: 'Organisation member',
  },
  'admin.accountKind.admin': { fr: 'Administrateur', en: 'Admin', pt: 'Administrador' },
  'admin.accountStatus.active': { fr: 'Actif', en: 'Active', pt: 'Ativo' },
  'admin.accountStatus.disabled': { fr: 'Désactivé', en: 'Disabled', pt: 'Desativado' },
  'admin.accountStatus.deleted': { fr: 'Supprimé', en: 'Deleted', pt: 'Eliminado' },

  // Journal
  'admin.journal.title': {
    fr: 'Journal de modération',
    en: 'Moderation log',
    pt: 'Registo de moderação',
  },
  'admin.journal.intro': {
    fr: 'Chaque événement de la vie des offres, du plus récent au plus ancien.',
    en: 'Every event in the life of offers, newest first.',
  },
  'admin.journal.filter.action': { fr: 'Action', en: 'Action', pt: 'Ação' },
  'admin.journal.filter.offer': { fr: 'Offre (identifiant)', en: 'Offer (identifier)' },
  'admin.journal.filter.organisation': {
    fr: 'Organisation (identifiant)',
    en: 'Organisation (identifier)',
  },
  'admin.journal.filter.idHint': {
    fr: 'Un identifiant, tel qu’il figure dans l’adresse de sa page.',
    en: 'An identifier, as in the address of its page.',
  },
  'admin.journal.empty': { fr: 'Aucun événement.', en: 'No event.' },
  'admin.action.offer.created': { fr: 'Offre créée', en: 'Offer created' },
  'admin.action.offer.updated': { fr: 'Offre modifiée', en: 'Offer edited' },
  'admin.action.offer.submitted': { fr: 'Offre soumise', en: 'Offer submitted' },
  'admin.action.offer.published': { fr: 'Offre publiée', en: 'Offer published' },
  'admin.action.offer.changes_requested': {
    fr: 'Modifications demandées',
    en: 'Changes requested',
  },
  'admin.action.offer.rejected': { fr: 'Offre refusée', en: 'Offer rejected' },
  'admin.action.offer.archived': { fr: 'Offre archivée', en: 'Offer archived' },
  'admin.action.offer.reopened': { fr: 'Offre rouverte', en: 'Offer reopened' },
  'admin.action.offer.expired': { fr: 'Offre expirée', en: 'Offer expired' },
  'admin.action.offer.reconfirmed': {
    fr: 'Offre reconfirmée à jour',
    en: 'Offer reconfirmed as current',
  },
  'admin.action.revision.submitted': {
    fr: 'Modification soumise',
    en: 'Change submitted',
  },
  'admin.action.revision.withdrawn': { fr: 'Modification retirée', en: 'Change withdrawn' },
  'admin.action.revision.approved': {
    fr: 'Modification approuvée',
    en: 'Change approved',
  },
  'admin.action.revision.changes_requested': {
    fr: 'Modification renvoyée pour corrections',
    en: 'Change sent back for corrections',
  },
  'admin.action.revision.rejected': { fr: 'Modification refusée', en: 'Change rejected' },

  // Field rules: the API's sentences, in the reader's language.
  'rule.reason.isLength': {
    fr: 'Donnez un motif : les membres de l’organisation le liront.',
    en: 'Give a reason: the organisation’s members will read it.',
  },
  'rule.reason.required': {
    fr: 'Donnez un commentaire : l’organisation le lira.',
    en: 'Give a comment: the organisation will read it.',
  },
  'rule.reason.maxLength': {
    fr: 'Ce texte est trop long (4 000 caractères au plus).',
    en: 'This text is too long (at most 4,000 characters).',
  },
  'rule.archiveReason.maxLength': {
    fr: 'Ce texte est trop long (4 000 caractères au plus).',
    en: 'This text is too long (at most 4,000 characters).',
  },
  'rule.decision.isIn': {
    fr: 'Choisissez une décision : publier, demander des modifications ou refuser.',
    en: 'Choose a decision: publish, request changes or reject.',
  },
  'rule.code.matches': {
    fr: 'Le code s’écrit en minuscules, chiffres et _ , et commence par une lettre.',
    en: 'The code uses lower-case letters, digits and _, and starts with a letter.',
  },
  'rule.code.isString': { fr: 'Donnez un code.', en: 'Give a code.' },
  'rule.code.taxonomy.code': {
    fr: 'Le code s’écrit en minuscules, chiffres et _ , et commence par une lettre.',
    en: 'The code uses lower-case letters, digits and _, and starts with a letter.',
  },
  'rule.code.taxonomy.exists': {
    fr: 'Ce code est déjà pris dans ce vocabulaire : choisissez-en un autre ou renommez ce terme.',
    en: 'This code is taken in this vocabulary: choose another or rename that term.',
  },
  'rule.code.taxonomy.existsRetired': {
    fr: 'Ce code est pris par un terme retiré : rétablissez-le plutôt.',
    en: 'This code is taken by a retired term: restore it instead.',
  },
  'rule.vocabulary.isIn': {
    fr: 'Choisissez un vocabulaire : catégories, secteurs ou stades.',
    en: 'Choose a vocabulary: categories, sectors or stages.',
  },
  'rule.parentCode.taxonomy.unknown': {
    fr: 'Ce terme parent n’existe pas dans ce vocabulaire.',
    en: 'This parent term is not in this vocabulary.',
  },
  'rule.parentCode.taxonomy.depth': {
    fr: 'Ce terme parent est lui-même un sous-terme : un seul niveau est possible.',
    en: 'This parent term is itself a sub-term: one level only.',
  },
  'rule.parentCode.taxonomy.retired': {
    fr: 'Ce terme parent est retiré : rétablissez-le d’abord.',
    en: 'This parent term is retired: restore it first.',
  },
  'rule.labels.fr.isLength': {
    fr: 'Donnez le libellé en français (200 caractères au plus).',
    en: 'Give the label in French (at most 200 characters).',
  },
  'rule.labels.en.isLength': {
    fr: 'Donnez le libellé en anglais (200 caractères au plus).',
    en: 'Give the label in English (at most 200 characters).',
  },
  'rule.organisationId.isUuid': {
    fr: 'Saisissez un identifiant complet (36 caractères).',
    en: 'Enter a full identifier (36 characters).',
  },
  'rule.offerId.isUuid': {
    fr: 'Saisissez un identifiant complet (36 caractères).',
    en: 'Enter a full identifier (36 characters).',
  },
  'rule.country.isLength': {
    fr: 'Choisissez un pays de la liste.',
    en: 'Choose a country from the list.',
  },
  'rule.minAgeHours.isInt': {
    fr: 'Saisissez un nombre d’heures entier.',
    en: 'Enter a whole number of hours.',
  },
});
