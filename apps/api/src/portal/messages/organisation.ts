import { defineMessages } from '../web/i18n';

/** The organisation space (/espace): dashboard, profile, members, offers, inbox. */
export const organisationMessages = defineMessages({
  // Shared words
  'form.errorPrefix': { fr: 'Erreur :', en: 'Error:', pt: 'Erro:', ar: 'خطأ:' },
  'form.choose': { fr: '— Choisir —', en: '— Choose —', pt: '— Escolher —', ar: '— اختر —' },
  'form.multiHint': {
    fr: 'Maintenez Ctrl (ou Cmd sur Mac) pour en choisir plusieurs.',
    en: 'Hold Ctrl (or Cmd on a Mac) to choose several.',
  },
  'space.current': {
    fr: 'Organisation :',
    en: 'Organisation:',
    pt: 'Organização:',
    ar: 'المنظمة:',
  },
  'space.switch.label': { fr: 'Changer d’organisation', en: 'Switch organisation' },
  'space.switch.button': { fr: 'Afficher', en: 'Show' },
  'space.nav.label': {
    fr: 'Espace organisation',
    en: 'Organisation space',
    pt: 'Espaço da organização',
    ar: 'مساحة المنظمة',
  },
  'space.nav.dashboard': {
    fr: 'Tableau de bord',
    en: 'Dashboard',
    pt: 'Painel',
    ar: 'لوحة القيادة',
  },
  'space.nav.offers': { fr: 'Offres', en: 'Offers', pt: 'Ofertas', ar: 'العروض' },
  'space.nav.inbox': {
    fr: 'Demandes de contact',
    en: 'Contact requests',
    pt: 'Pedidos de contacto',
    ar: 'طلبات التواصل',
  },
  'space.nav.profile': {
    fr: 'Profil de l’organisation',
    en: 'Organisation profile',
    pt: 'Perfil da organização',
    ar: 'ملف المنظمة',
  },
  'space.nav.members': { fr: 'Membres', en: 'Members', pt: 'Membros', ar: 'الأعضاء' },
  'space.nav.import': { fr: 'Importer', en: 'Import' },
  // Catalogue import
  'import.title': { fr: 'Importer des offres', en: 'Import offers' },
  'import.intro': {
    fr: 'Chargez vos offres depuis un fichier CSV, XLSX ou HSDS 3.0 (JSON). Un essai à blanc vérifie d’abord chaque ligne sans rien enregistrer ; vous lancez ensuite l’import. Les offres importées sont des brouillons (ou sont soumises si vous le demandez) : aucune n’est publiée sans modération.',
    en: 'Load your offers from a CSV, XLSX or HSDS 3.0 (JSON) file. A dry run first checks every row without saving anything; then you run the import. Imported offers are drafts (or submitted if you ask): none is published without moderation.',
  },
  'import.file': { fr: 'Fichier', en: 'File' },
  'import.fileHint': {
    fr: 'CSV (UTF-8 ou Windows-1252, séparé par ; ou ,), XLSX ou JSON HSDS 3.0 ; {size} Mo au plus. Les formules ne sont jamais calculées.',
    en: 'CSV (UTF-8 or Windows-1252, separated by ; or ,), XLSX or HSDS 3.0 JSON; at most {size} MB. Formulas are never evaluated.',
  },
  'import.source': { fr: 'Nom de la source', en: 'Source name' },
  'import.sourceHint': {
    fr: 'Par défaut, le nom du fichier. Réimporter la même source met à jour les mêmes offres au lieu d’en créer d’autres.',
    en: 'By default, the file name. Importing the same source again updates the same offers instead of creating new ones.',
  },
  'import.upload': { fr: 'Vérifier le fichier (essai à blanc)', en: 'Check the file (dry run)' },
  'import.error': { fr: 'Le fichier n’a pas été importé :', en: 'The file was not imported:' },
  'import.columns.title': { fr: 'Colonnes reconnues', en: 'Recognised columns' },
  'import.columns.intro': {
    fr: 'Les en-têtes sont reconnus en français ou en anglais, sans tenir compte des majuscules, des accents ni des espaces.',
    en: 'Headers are recognised in French or English, whatever their case, accents or spaces.',
  },
  'import.columns.field': { fr: 'Champ', en: 'Field' },
  'import.columns.names': { fr: 'En-têtes acceptés', en: 'Accepted headers' },
  'import.history': { fr: 'Derniers imports', en: 'Recent imports' },
  'import.history.none': { fr: 'Aucun import pour l’instant.', en: 'No import yet.' },
  'import.column.file': { fr: 'Fichier', en: 'File' },
  'import.column.kind': { fr: 'Type', en: 'Kind' },
  'import.column.status': { fr: 'État', en: 'Status' },
  'import.column.date': { fr: 'Date', en: 'Date' },
  'import.kind.dry': { fr: 'Essai à blanc', en: 'Dry run' },
  'import.kind.real': { fr: 'Import', en: 'Import' },
  'import.status.pending': { fr: 'En attente', en: 'Waiting' },
  'import.status.running': { fr: 'En cours', en: 'Running' },
  'import.status.done': { fr: 'Terminé', en: 'Done' },
  'import.status.failed': { fr: 'Échec', en: 'Failed' },
  'import.dryRunStarted': {
    fr: 'Fichier reçu : l’essai à blanc est en cours.',
    en: 'File received: the dry run is under way.',
  },
  'import.started': { fr: 'L’import est lancé.', en: 'The import has started.' },
  'import.run.title': { fr: 'Import', en: 'Import' },
  'import.run.dryTitle': { fr: 'Essai à blanc', en: 'Dry run' },
  'import.run.file': {
    fr: 'Fichier {file}, source « {source} »',
    en: 'File {file}, source “{source}”',
  },
  'import.run.progress': {
    fr: '{done} lignes traitées sur {total}. Cette page se met à jour toute seule.',
    en: '{done} of {total} rows processed. This page updates by itself.',
  },
  'import.run.failed': { fr: 'L’import a échoué :', en: 'The import failed:' },
  'import.run.dryNote': {
    fr: 'Essai à blanc : rien n’a été enregistré. Voici ce que ferait l’import.',
    en: 'Dry run: nothing was saved. This is what the import would do.',
  },
  'import.counts.created': { fr: 'Créées', en: 'Created' },
  'import.counts.updated': { fr: 'Mises à jour', en: 'Updated' },
  'import.counts.unchanged': { fr: 'Inchangées', en: 'Unchanged' },
  'import.counts.refused': { fr: 'Refusées', en: 'Refused' },
  'import.counts.duplicate': { fr: 'Doublons probables', en: 'Probable duplicates' },
  'import.report.title': { fr: 'Lignes à revoir', en: 'Rows to check' },
  'import.report.none': { fr: 'Aucune ligne refusée.', en: 'No row refused.' },
  'import.report.line': { fr: 'Ligne', en: 'Line' },
  'import.report.row': { fr: 'Offre', en: 'Offer' },
  'import.report.outcome': { fr: 'Résultat', en: 'Outcome' },
  'import.report.reasons': { fr: 'Raisons', en: 'Reasons' },
  'import.report.column': { fr: 'colonne « {column} »', en: 'column “{column}”' },
  'import.report.duplicateOf': {
    fr: 'Ressemble à « {title} » (similarité {similarity}).',
    en: 'Looks like “{title}” (similarity {similarity}).',
  },
  'import.report.csv': {
    fr: 'Télécharger le rapport complet (CSV)',
    en: 'Download the full report (CSV)',
  },
  'import.outcome.created': { fr: 'créée', en: 'created' },
  'import.outcome.updated': { fr: 'mise à jour', en: 'updated' },
  'import.outcome.unchanged': { fr: 'inchangée', en: 'unchanged' },
  'import.outcome.refused': { fr: 'refusée', en: 'refused' },
  'import.outcome.duplicate': { fr: 'doublon probable', en: 'probable duplicate' },
  'import.mapping.title': { fr: 'Correspondance des colonnes', en: 'Column mapping' },
  'import.mapping.intro': {
    fr: 'Vérifiez le champ de chaque colonne et corrigez-le si besoin : un nouvel essai à blanc sera fait.',
    en: 'Check the field of each column and correct it if needed: a new dry run will be made.',
  },
  'import.mapping.column': { fr: 'Colonne', en: 'Column' },
  'import.mapping.firstRows': { fr: 'Premières valeurs', en: 'First values' },
  'import.mapping.ignore': { fr: '— Ignorer la colonne —', en: '— Ignore the column —' },
  'import.mapping.apply': {
    fr: 'Refaire l’essai avec cette correspondance',
    en: 'Dry run again with this mapping',
  },
  'import.launch.title': { fr: 'Lancer l’import', en: 'Run the import' },
  'import.launch.submit': {
    fr: 'Soumettre les offres à la modération (sinon, elles restent en brouillon)',
    en: 'Submit the offers for moderation (otherwise they stay drafts)',
  },
  'import.launch.button': { fr: 'Importer ces offres', en: 'Import these offers' },
  'import.back': { fr: 'Nouvel import', en: 'New import' },
  'import.toOffers': { fr: 'Voir les offres', en: 'See the offers' },

  'contentLanguage.fr': { fr: 'Français', en: 'French', pt: 'Francês', ar: 'الفرنسية' },
  'contentLanguage.en': { fr: 'Anglais', en: 'English', pt: 'Inglês', ar: 'الإنجليزية' },
  'contentLanguage.pt': { fr: 'Portugais', en: 'Portuguese', pt: 'Português', ar: 'البرتغالية' },
  'contentLanguage.ar': { fr: 'Arabe', en: 'Arabic', pt: 'Árabe', ar: 'العربية' },

  'verification.pending': {
    fr: 'Vérification en attente',
    en: 'Verification pending',
    pt: 'Verificação pendente',
    ar: 'التحقق قيد الانتظار',
  },
  'verification.verified': {
    fr: 'Organisation vérifiée',
    en: 'Verified organisation',
    pt: 'Organização verificada',
    ar: 'منظمة موثقة',
  },
  'verification.rejected': {
    fr: 'Vérification refusée',
    en: 'Verification refused',
    pt: 'Verificação recusada',
    ar: 'تم رفض التحقق',
  },

  'role.owner': { fr: 'Propriétaire', en: 'Owner', pt: 'Proprietário', ar: 'مالك' },
  'role.editor': { fr: 'Éditeur', en: 'Editor', pt: 'Editor', ar: 'محرر' },
  'role.owner.help': {
    fr: 'gère aussi les membres et les invitations',
    en: 'also manages members and invitations',
  },
  'role.editor.help': {
    fr: 'modifie le profil, les offres et répond aux demandes',
    en: 'edits the profile and offers, answers requests',
  },

  'state.draft': { fr: 'Brouillon', en: 'Draft', pt: 'Rascunho', ar: 'مسودة' },
  'state.submitted': {
    fr: 'En relecture',
    en: 'In review',
    pt: 'Em revisão',
    ar: 'قيد المراجعة',
  },
  'state.changes_requested': {
    fr: 'Modifications demandées',
    en: 'Changes requested',
    pt: 'Alterações pedidas',
    ar: 'مطلوب تعديلات',
  },
  'state.published': { fr: 'Publiée', en: 'Published', pt: 'Publicada', ar: 'منشور' },
  'state.rejected': { fr: 'Refusée', en: 'Rejected', pt: 'Recusada', ar: 'مرفوض' },
  'state.archived': { fr: 'Archivée', en: 'Archived', pt: 'Arquivada', ar: 'مؤرشف' },
  'state.expired': { fr: 'Expirée', en: 'Expired', pt: 'Expirada', ar: 'منتهي' },
  'state.draft.help': {
    fr: 'Visible seulement par votre organisation. Complétez-la puis soumettez-la pour relecture.',
    en: 'Only your organisation sees it. Complete it, then submit it for review.',
  },
  'state.submitted.help': {
    fr: 'L’équipe Passerelle la relit. Vous serez prévenu par e-mail de sa décision.',
    en: 'The Passerelle team is reviewing it. You will be e-mailed its decision.',
  },
  'state.changes_requested.help': {
    fr: 'La modération demande des changements : modifiez l’offre puis soumettez-la à nouveau.',
    en: 'The moderators ask for changes: edit the offer, then submit it again.',
  },
  'state.published.help': {
    fr: 'En ligne. Une modification sera relue avant de remplacer la version publiée.',
    en: 'Online. A change is reviewed before it replaces the published version.',
  },
  'state.rejected.help': {
    fr: 'La modération a refusé cette offre. Elle n’est pas publiée.',
    en: 'The moderators rejected this offer. It is not published.',
  },
  'state.archived.help': {
    fr: 'Hors ligne. Vous pouvez la rouvrir en brouillon pour la mettre à jour.',
    en: 'Offline. You can reopen it as a draft to update it.',
  },
  'state.expired.help': {
    fr: 'La date limite est passée. Rouvrez-la pour une nouvelle session, ou archivez-la.',
    en: 'The deadline has passed. Reopen it for a new round, or archive it.',
  },
  'revision.submitted': { fr: 'Modification en relecture', en: 'Change in review' },
  'revision.changes_requested': {
    fr: 'Modification à reprendre',
    en: 'Change to rework',
  },
  'revision.notice.submitted': {
    fr: 'Une modification envoyée le {date} attend la relecture. La version publiée reste en ligne ; le formulaire ci-dessous montre votre modification.',
    en: 'A change sent on {date} is waiting for review. The published version stays online; the form below shows your change.',
  },
  'revision.notice.changes_requested': {
    fr: 'La modération demande de reprendre votre modification (envoyée le {date}). La version publiée reste en ligne ; corrigez le formulaire ci-dessous et renvoyez-le.',
    en: 'The moderators ask you to rework your change (sent on {date}). The published version stays online; correct the form below and send it again.',
  },

  'gender.any': { fr: 'Tout le monde', en: 'Everyone' },
  'gender.women': { fr: 'Femmes', en: 'Women' },
  'gender.men': { fr: 'Hommes', en: 'Men' },

  'actor.organisation': { fr: 'Votre organisation', en: 'Your organisation' },
  'actor.admin': { fr: 'Modération Passerelle', en: 'Passerelle moderation' },
  'actor.system': { fr: 'Automatique', en: 'Automatic' },
  'audit.offer.created': { fr: 'Offre créée', en: 'Offer created' },
  'audit.offer.updated': { fr: 'Offre modifiée', en: 'Offer edited' },
  'audit.offer.submitted': { fr: 'Soumise pour relecture', en: 'Submitted for review' },
  'audit.offer.published': { fr: 'Publiée', en: 'Published' },
  'audit.offer.changes_requested': { fr: 'Modifications demandées', en: 'Changes requested' },
  'audit.offer.rejected': { fr: 'Refusée', en: 'Rejected' },
  'audit.offer.archived': { fr: 'Archivée', en: 'Archived' },
  'audit.offer.reopened': { fr: 'Rouverte en brouillon', en: 'Reopened as a draft' },
  'audit.offer.expired': { fr: 'Expirée (date limite passée)', en: 'Expired (deadline passed)' },
  'audit.offer.reconfirmed': {
    fr: 'Confirmée toujours exacte',
    en: 'Confirmed still accurate',
  },
  'audit.revision.submitted': {
    fr: 'Modification envoyée en relecture',
    en: 'Change sent for review',
  },
  'audit.revision.withdrawn': { fr: 'Modification retirée', en: 'Change withdrawn' },
  'audit.revision.approved': {
    fr: 'Modification acceptée et publiée',
    en: 'Change approved and published',
  },
  'audit.revision.rejected': { fr: 'Modification refusée', en: 'Change rejected' },
  'audit.revision.changes_requested': {
    fr: 'Modification à reprendre',
    en: 'Change to rework',
  },

  'requestStatus.new': { fr: 'Nouvelle', en: 'New', pt: 'Novo', ar: 'جديد' },
  'requestStatus.in_progress': {
    fr: 'En cours',
    en: 'In progress',
    pt: 'Em curso',
    ar: 'قيد المعالجة',
  },
  'requestStatus.accepted': { fr: 'Acceptée', en: 'Accepted', pt: 'Aceite', ar: 'مقبول' },
  'requestStatus.declined': { fr: 'Déclinée', en: 'Declined', pt: 'Recusado', ar: 'مرفوض' },
  'requestStatus.new.help': {
    fr: 'Personne n’a encore répondu.',
    en: 'No one has answered yet.',
  },
  'requestStatus.in_progress.help': {
    fr: 'Votre organisation la traite ; l’entrepreneur·e le voit.',
    en: 'Your organisation is handling it; the entrepreneur sees so.',
  },
  'requestStatus.accepted.help': {
    fr: 'Réponse définitive envoyée à l’entrepreneur·e.',
    en: 'Final answer sent to the entrepreneur.',
  },
  'requestStatus.declined.help': {
    fr: 'Réponse définitive envoyée à l’entrepreneur·e, avec votre motif.',
    en: 'Final answer sent to the entrepreneur, with your reason.',
  },
  'answer.in_progress': {
    fr: 'Prendre en charge (en cours de traitement)',
    en: 'Take it on (in progress)',
  },
  'answer.accepted': { fr: 'Accepter la demande', en: 'Accept the request' },
  'answer.declined': {
    fr: 'Décliner la demande (motif obligatoire)',
    en: 'Decline the request (reason required)',
  },

  // Dashboard
  'dashboard.title': { fr: 'Tableau de bord', en: 'Dashboard', pt: 'Painel', ar: 'لوحة القيادة' },
  'dashboard.none.title': {
    fr: 'Vous n’appartenez encore à aucune organisation',
    en: 'You do not belong to any organisation yet',
  },
  'dashboard.none.text': {
    fr: 'Créez le profil de votre organisation pour publier ses offres et recevoir les demandes des entrepreneur·es.',
    en: 'Create your organisation’s profile to publish its offers and receive entrepreneurs’ requests.',
  },
  'dashboard.none.create': { fr: 'Créer une organisation', en: 'Create an organisation' },
  'dashboard.none.invited': {
    fr: 'Un collègue vous a invité ? Ouvrez le lien reçu par e-mail pour rejoindre son organisation.',
    en: 'Invited by a colleague? Open the link you received by e-mail to join their organisation.',
  },
  'dashboard.verification.title': { fr: 'Vérification', en: 'Verification' },
  'dashboard.verification.verified': {
    fr: 'Vérifiée par l’équipe Passerelle le {date}. Vos offres peuvent être publiées.',
    en: 'Verified by the Passerelle team on {date}. Your offers can be published.',
  },
  'dashboard.verification.pending': {
    fr: 'Demandée le {date}. L’équipe Passerelle vérifie votre identifiant légal ; vos offres seront publiées une fois l’organisation vérifiée.',
    en: 'Requested on {date}. The Passerelle team checks your legal identifier; your offers are published once the organisation is verified.',
  },
  'dashboard.verification.addLegal': {
    fr: 'Indiquez votre identifiant légal pour permettre la vérification.',
    en: 'Give your legal identifier so the organisation can be verified.',
  },
  'dashboard.verification.completeProfile': {
    fr: 'Compléter le profil',
    en: 'Complete the profile',
  },
  'dashboard.verification.rejected': {
    fr: 'L’équipe Passerelle n’a pas pu vérifier votre organisation. Corrigez le profil puis demandez une nouvelle vérification.',
    en: 'The Passerelle team could not verify your organisation. Correct the profile, then ask to be verified again.',
  },
  'dashboard.verification.reason': { fr: 'Motif :', en: 'Reason:' },
  'dashboard.verification.again': {
    fr: 'Demander à nouveau la vérification',
    en: 'Request verification again',
  },
  'dashboard.requests.title': {
    fr: 'Nouvelles demandes de contact',
    en: 'New contact requests',
  },
  'dashboard.requests.none': {
    fr: 'Aucune nouvelle demande.',
    en: 'No new request.',
  },
  'dashboard.requests.count': {
    fr: 'Nouvelles demandes : {count}',
    en: 'New requests: {count}',
  },
  'dashboard.requests.all': { fr: 'Toutes les demandes', en: 'All requests' },
  'dashboard.offers.title': { fr: 'Vos offres', en: 'Your offers' },
  'dashboard.offers.none': {
    fr: 'Votre organisation n’a encore aucune offre.',
    en: 'Your organisation has no offer yet.',
  },
  'dashboard.offers.caption': { fr: 'Offres par état', en: 'Offers by state' },
  'dashboard.offers.count': { fr: 'Nombre', en: 'Number' },
  'dashboard.stale.title': { fr: 'Offres à reconfirmer', en: 'Offers to re-confirm' },
  'dashboard.stale.none': {
    fr: 'Toutes vos offres publiées ont été vérifiées il y a moins de {months} mois.',
    en: 'All your published offers were verified less than {months} months ago.',
  },
  'dashboard.stale.count': {
    fr: '{count} offre(s) publiée(s) non vérifiée(s) depuis plus de {months} mois : confirmez qu’elles sont toujours exactes, ou mettez-les à jour.',
    en: '{count} published offer(s) not verified for more than {months} months: confirm they are still accurate, or update them.',
  },
  'dashboard.stale.lastVerified': {
    fr: 'dernière vérification le {date}',
    en: 'last verified on {date}',
  },
  'dashboard.stale.more': { fr: 'Voir les offres publiées', en: 'See the published offers' },

  // Organisation profile
  'orgProfile.newTitle': { fr: 'Nouvelle organisation', en: 'New organisation' },
  'orgProfile.editTitle': { fr: 'Profil de l’organisation', en: 'Organisation profile' },
  'orgProfile.newIntro': {
    fr: 'Vous en serez le premier propriétaire. L’équipe Passerelle vérifie chaque organisation avant la publication de ses offres.',
    en: 'You will be its first owner. The Passerelle team verifies every organisation before its offers are published.',
  },
  'orgProfile.status': { fr: 'Statut :', en: 'Status:' },
  'orgProfile.publicPage': { fr: 'Voir la page publique', en: 'See the public page' },
  'orgProfile.identity': { fr: 'Identité', en: 'Identity' },
  'orgProfile.name': { fr: 'Nom de l’organisation', en: 'Organisation name' },
  'orgProfile.kind': { fr: 'Type d’organisation', en: 'Kind of organisation' },
  'orgProfile.legal': { fr: 'Identifiant légal', en: 'Legal identifier' },
  'orgProfile.legalHint': {
    fr: 'Le pays et le numéro d’immatriculation (RCCM, SIREN, NINEA…) permettent à l’équipe Passerelle de vérifier l’organisation. Ils ne sont jamais publiés.',
    en: 'The country and registration number (RCCM, SIREN, NINEA…) let the Passerelle team verify the organisation. They are never published.',
  },
  'orgProfile.legalWarning': {
    fr: 'Attention : changer l’identifiant légal renvoie l’organisation en attente de vérification.',
    en: 'Note: changing the legal identifier sends the organisation back to pending verification.',
  },
  'orgProfile.legalCountry': { fr: 'Pays d’immatriculation', en: 'Country of registration' },
  'orgProfile.legalNumber': { fr: 'Numéro d’immatriculation', en: 'Registration number' },
  'orgProfile.legalNumberHint': {
    fr: 'Tel qu’il figure au registre, par exemple SN-DKR-2019-B-12345.',
    en: 'As it appears in the register, for example SN-DKR-2019-B-12345.',
  },
  'orgProfile.countries': { fr: 'Pays d’intervention', en: 'Countries of operation' },
  'orgProfile.description': { fr: 'Présentation', en: 'Description' },
  'orgProfile.descriptionHint': {
    fr: 'Dans une ou plusieurs langues ; les entrepreneur·es voient celle de leur interface.',
    en: 'In one or more languages; entrepreneurs see the one of their interface.',
  },
  'orgProfile.descriptionIn': { fr: 'Présentation — {language}', en: 'Description — {language}' },
  'orgProfile.contact': { fr: 'Coordonnées publiques', en: 'Public contact details' },
  'orgProfile.website': { fr: 'Site web', en: 'Website' },
  'orgProfile.contactEmail': { fr: 'E-mail de contact', en: 'Contact e-mail' },
  'orgProfile.contactPhone': { fr: 'Téléphone de contact', en: 'Contact phone' },
  'orgProfile.logoUrl': { fr: 'Adresse du logo', en: 'Logo address' },
  'orgProfile.httpsHint': {
    fr: 'Adresse complète commençant par https://',
    en: 'Full address starting with https://',
  },
  'orgProfile.phoneHint': {
    fr: 'Format international, par exemple +221 33 800 00 00.',
    en: 'International format, for example +221 33 800 00 00.',
  },
  'orgProfile.create': { fr: 'Créer l’organisation', en: 'Create the organisation' },
  'orgProfile.created': {
    fr: 'Organisation créée. Elle attend la vérification de l’équipe Passerelle.',
    en: 'Organisation created. It is waiting for the Passerelle team’s verification.',
  },
  'orgProfile.saved': { fr: 'Profil enregistré.', en: 'Profile saved.' },
  'orgProfile.savedBackToPending': {
    fr: 'Profil enregistré. L’identifiant légal a changé : l’organisation est de nouveau en attente de vérification.',
    en: 'Profile saved. The legal identifier changed: the organisation is pending verification again.',
  },
  'orgProfile.verificationRequested': {
    fr: 'Nouvelle vérification demandée.',
    en: 'Verification requested again.',
  },

  // Members
  'members.title': { fr: 'Membres de l’organisation', en: 'Organisation members' },
  'members.editorNote': {
    fr: 'Seuls les propriétaires gèrent les membres et les invitations.',
    en: 'Only owners manage members and invitations.',
  },
  'members.list': { fr: 'Membres ({count})', en: 'Members ({count})' },
  'members.column.name': { fr: 'Nom', en: 'Name' },
  'members.column.email': { fr: 'E-mail', en: 'E-mail' },
  'members.column.role': { fr: 'Rôle', en: 'Role' },
  'members.column.since': { fr: 'Membre depuis', en: 'Member since' },
  'members.column.actions': { fr: 'Actions', en: 'Actions' },
  'members.unnamed': { fr: 'Sans nom', en: 'No name' },
  'members.you': { fr: 'vous', en: 'you' },
  'members.roleOf': { fr: 'Rôle de {name}', en: 'Role of {name}' },
  'members.changeRole': { fr: 'Changer le rôle', en: 'Change role' },
  'members.remove': { fr: 'Retirer', en: 'Remove' },
  'members.removeConfirm': {
    fr: 'Retirer ce membre de l’organisation ?',
    en: 'Remove this member from the organisation?',
  },
  'members.leave': { fr: 'Quitter l’organisation', en: 'Leave the organisation' },
  'members.leaveConfirm': {
    fr: 'Quitter cette organisation ? Vous n’aurez plus accès à ses offres.',
    en: 'Leave this organisation? You will no longer see its offers.',
  },
  'members.invite.title': { fr: 'Inviter une personne', en: 'Invite someone' },
  'members.invite.intro': {
    fr: 'Elle recevra un lien valable 7 jours. Elle doit avoir (ou créer) un compte organisation avec cette adresse.',
    en: 'They will receive a link valid for 7 days. They need an organisation account with this address (or to create one).',
  },
  'members.invite.email': { fr: 'Adresse e-mail', en: 'E-mail address' },
  'members.invite.role': { fr: 'Rôle', en: 'Role' },
  'members.invite.send': { fr: 'Envoyer l’invitation', en: 'Send the invitation' },
  'members.invitations.title': { fr: 'Invitations en attente', en: 'Pending invitations' },
  'members.invitations.none': {
    fr: 'Aucune invitation en attente.',
    en: 'No pending invitation.',
  },
  'members.invitations.sent': { fr: 'Envoyée le', en: 'Sent on' },
  'members.invitations.expires': { fr: 'Expire le', en: 'Expires on' },
  'members.invitations.revoke': { fr: 'Annuler l’invitation', en: 'Revoke the invitation' },
  'members.invitations.revokeConfirm': {
    fr: 'Annuler cette invitation ? Le lien ne fonctionnera plus.',
    en: 'Revoke this invitation? The link will stop working.',
  },
  'members.invited': { fr: 'Invitation envoyée.', en: 'Invitation sent.' },
  'members.invitationRevoked': { fr: 'Invitation annulée.', en: 'Invitation revoked.' },
  'members.roleChanged': { fr: 'Rôle modifié.', en: 'Role changed.' },
  'members.removed': { fr: 'Membre retiré.', en: 'Member removed.' },
  'members.left': { fr: 'Vous avez quitté l’organisation.', en: 'You left the organisation.' },

  // Offers
  'offers.title': { fr: 'Offres de l’organisation', en: 'Organisation offers' },
  'offers.new': { fr: 'Nouvelle offre', en: 'New offer' },
  'offers.filter': { fr: 'Filtrer par état', en: 'Filter by state' },
  'offers.allStates': { fr: 'Toutes', en: 'All' },
  'offers.none': {
    fr: 'Aucune offre pour le moment. Rédigez la première !',
    en: 'No offer yet. Write the first one!',
  },
  'offers.noneInState': {
    fr: 'Aucune offre dans l’état « {state} ».',
    en: 'No offer in the state “{state}”.',
  },
  'offers.count': { fr: '{count} offre(s)', en: '{count} offer(s)' },
  'offers.noOrganisation': {
    fr: 'Créez d’abord votre organisation pour rédiger des offres.',
    en: 'Create your organisation first to write offers.',
  },
  'offers.organisationFirst': {
    fr: 'Créez d’abord votre organisation.',
    en: 'Create your organisation first.',
  },
  'offers.column.title': { fr: 'Titre', en: 'Title' },
  'offers.column.category': { fr: 'Catégorie', en: 'Category' },
  'offers.column.state': { fr: 'État', en: 'State' },
  'offers.column.updated': { fr: 'Modifiée le', en: 'Edited on' },
  'offers.column.verified': { fr: 'Vérifiée le', en: 'Verified on' },

  // Offer page and editor
  'offer.newTitle': { fr: 'Nouvelle offre', en: 'New offer' },
  'offer.untitled': { fr: 'Offre sans titre', en: 'Untitled offer' },
  'offer.state.title': { fr: 'État de l’offre', en: 'Offer state' },
  'offer.updatedAt': { fr: 'Dernière modification', en: 'Last edited' },
  'offer.submittedAt': { fr: 'Soumise le', en: 'Submitted on' },
  'offer.publishedAt': { fr: 'Publiée le', en: 'Published on' },
  'offer.lastVerifiedAt': { fr: 'Dernière vérification', en: 'Last verified' },
  'offer.views': { fr: 'Consultations', en: 'Views' },
  'offer.publicPage': { fr: 'Voir la page publique', en: 'See the public page' },
  'offer.moderation.title': { fr: 'Commentaires de la modération', en: 'Moderator comments' },
  'offer.moderation.changes': {
    fr: 'Modifications demandées :',
    en: 'Changes requested:',
  },
  'offer.moderation.rejected': { fr: 'Motif du refus :', en: 'Reason for rejection:' },
  'offer.moderation.comment': { fr: 'Commentaire :', en: 'Comment:' },
  'offer.moderation.revision': {
    fr: 'Sur votre modification en attente :',
    en: 'On your pending change:',
  },
  'offer.actions.title': { fr: 'Actions', en: 'Actions' },
  'offer.actions.reconfirm': {
    fr: 'Confirmer : toujours exacte',
    en: 'Confirm: still accurate',
  },
  'offer.actions.reconfirmHelp': {
    fr: 'Met à jour la date de dernière vérification affichée, sans relecture.',
    en: 'Updates the last-verified date people see, without a review.',
  },
  'offer.actions.withdraw': {
    fr: 'Retirer la modification',
    en: 'Withdraw the change',
  },
  'offer.actions.withdrawHelp': {
    fr: 'La version publiée reste telle quelle.',
    en: 'The published version stays as it is.',
  },
  'offer.actions.withdrawConfirm': {
    fr: 'Retirer la modification en attente ?',
    en: 'Withdraw the pending change?',
  },
  'offer.actions.reopen': { fr: 'Rouvrir en brouillon', en: 'Reopen as a draft' },
  'offer.actions.reopenHelp': {
    fr: 'Pour la mettre à jour et la soumettre à nouveau.',
    en: 'To update it and submit it again.',
  },
  'offer.actions.archive': { fr: 'Archiver', en: 'Archive' },
  'offer.actions.archiveHelp': {
    fr: 'Retire l’offre du site.',
    en: 'Takes the offer off the site.',
  },
  'offer.actions.archiveConfirm': {
    fr: 'Archiver cette offre ? Elle ne sera plus visible.',
    en: 'Archive this offer? It will no longer be visible.',
  },
  'offer.conflict.reload': {
    fr: 'Ouvrir la version actuelle de l’offre',
    en: 'Open the current version of the offer',
  },
  'offer.conflict.keep': {
    fr: 'Vos saisies sont conservées ci-dessous : copiez-les avant de recharger.',
    en: 'What you entered is kept below: copy it before reloading.',
  },
  'offer.editor.new': { fr: 'Contenu de l’offre', en: 'Offer content' },
  'offer.editor.edit': { fr: 'Modifier l’offre', en: 'Edit the offer' },
  'offer.editor.revision': { fr: 'Proposer une modification', en: 'Propose a change' },
  'offer.editor.revisionHelp': {
    fr: 'Votre modification sera relue ; la version publiée reste en ligne en attendant.',
    en: 'Your change will be reviewed; the published version stays online meanwhile.',
  },
  'offer.editor.readonly': { fr: 'Contenu de l’offre', en: 'Offer content' },
  'offer.editor.readonlyHelp': {
    fr: 'L’offre ne peut pas être modifiée dans cet état.',
    en: 'The offer cannot be edited in this state.',
  },
  'offer.editor.legend': { fr: 'Contenu de l’offre', en: 'Offer content' },
  'offer.texts.title': { fr: 'Textes, par langue', en: 'Texts, by language' },
  'offer.texts.hint': {
    fr: 'Remplissez au moins une langue complètement : titre (5 caractères ou plus), résumé (20 ou plus) et description (50 ou plus). Les autres langues sont facultatives.',
    en: 'Fill in at least one language completely: title (5 characters or more), summary (20 or more) and description (50 or more). Other languages are optional.',
  },
  'offer.field.title': { fr: 'Titre — {language}', en: 'Title — {language}' },
  'offer.field.summary': { fr: 'Résumé — {language}', en: 'Summary — {language}' },
  'offer.field.description': {
    fr: 'Description — {language}',
    en: 'Description — {language}',
  },
  'offer.field.otherConditions': {
    fr: 'Autres conditions d’éligibilité — {language}',
    en: 'Other eligibility conditions — {language}',
  },
  'offer.classification.title': { fr: 'Classement', en: 'Classification' },
  'offer.field.category': { fr: 'Catégorie', en: 'Category' },
  'offer.field.sectors': { fr: 'Secteurs', en: 'Sectors' },
  'offer.field.sectorsHint': {
    fr: 'Aucun coché : tous les secteurs.',
    en: 'None ticked: every sector.',
  },
  'offer.field.stages': { fr: 'Stades du projet', en: 'Business stages' },
  'offer.field.stagesHint': {
    fr: 'Aucun coché : tous les stades.',
    en: 'None ticked: every stage.',
  },
  'offer.eligibility.title': { fr: 'Éligibilité', en: 'Eligibility' },
  'offer.field.residenceCountries': {
    fr: 'Pays de résidence acceptés',
    en: 'Accepted countries of residence',
  },
  'offer.field.residenceCountriesHint': {
    fr: 'Où l’entrepreneur·e doit vivre. Aucun choisi : partout. Maintenez Ctrl (ou Cmd) pour en choisir plusieurs.',
    en: 'Where the entrepreneur must live. None chosen: anywhere. Hold Ctrl (or Cmd) to choose several.',
  },
  'offer.field.targetCountries': {
    fr: 'Pays du projet',
    en: 'Countries of the business',
  },
  'offer.field.targetCountriesHint': {
    fr: 'Où l’entreprise doit être implantée. Aucun choisi : partout. Maintenez Ctrl (ou Cmd) pour en choisir plusieurs.',
    en: 'Where the business must be. None chosen: anywhere. Hold Ctrl (or Cmd) to choose several.',
  },
  'offer.field.diasporaOnly': {
    fr: 'Réservée aux membres de la diaspora',
    en: 'Only for members of the diaspora',
  },
  'offer.field.genderFocus': { fr: 'Public', en: 'Audience' },
  'offer.field.ageRange': { fr: 'Âge', en: 'Age' },
  'offer.field.ageRangeHint': {
    fr: 'Laissez vide s’il n’y a pas de limite.',
    en: 'Leave empty when there is no limit.',
  },
  'offer.field.ageMin': { fr: 'Âge minimum', en: 'Minimum age' },
  'offer.field.ageMax': { fr: 'Âge maximum', en: 'Maximum age' },
  'offer.delivery.title': { fr: 'Déroulement', en: 'Delivery' },
  'offer.field.deliveryLanguages': { fr: 'Langues utilisées', en: 'Languages used' },
  'offer.field.format': { fr: 'Format', en: 'Format' },
  'offer.field.location': { fr: 'Lieu', en: 'Location' },
  'offer.field.locationHint': {
    fr: 'Obligatoire (au moins le pays) pour une offre en présentiel ou hybride.',
    en: 'Required (at least the country) for an in-person or hybrid offer.',
  },
  'offer.field.locationCountry': { fr: 'Pays', en: 'Country' },
  'offer.field.city': { fr: 'Ville', en: 'City' },
  'offer.field.address': { fr: 'Adresse', en: 'Address' },
  'offer.cost.title': { fr: 'Coût et montants', en: 'Cost and amounts' },
  'offer.field.costType': { fr: 'Coût pour l’entrepreneur·e', en: 'Cost for the entrepreneur' },
  'offer.field.price': { fr: 'Prix', en: 'Price' },
  'offer.field.priceHint': {
    fr: 'Seulement pour une offre payante.',
    en: 'Only for a paid offer.',
  },
  'offer.field.priceAmount': { fr: 'Montant du prix', en: 'Price amount' },
  'offer.field.currency': { fr: 'Devise du prix', en: 'Price currency' },
  'offer.field.funding': { fr: 'Montant du financement', en: 'Financing amount' },
  'offer.field.fundingHint': {
    fr: 'Pour les offres de financement seulement : montants dans l’unité de la devise (par exemple 1 500 000 pour 1,5 million de FCFA).',
    en: 'For financing offers only: amounts in the currency’s main unit (for example 1500000 for 1.5 million CFA francs).',
  },
  'offer.field.fundingMin': { fr: 'Montant minimum', en: 'Minimum amount' },
  'offer.field.fundingMax': { fr: 'Montant maximum', en: 'Maximum amount' },
  'offer.field.fundingCurrency': { fr: 'Devise du financement', en: 'Financing currency' },
  'offer.dates.title': { fr: 'Dates', en: 'Dates' },
  'offer.field.opensOn': { fr: 'Ouverture des candidatures', en: 'Applications open on' },
  'offer.field.deadline': { fr: 'Date limite', en: 'Deadline' },
  'offer.field.deadlineHint': {
    fr: 'Ou cochez « ouverte toute l’année ».',
    en: 'Or tick “open all year”.',
  },
  'offer.field.rolling': {
    fr: 'Ouverte toute l’année (sans date limite)',
    en: 'Open all year (no deadline)',
  },
  'offer.field.startsOn': { fr: 'Début du programme', en: 'Programme starts on' },
  'offer.field.endsOn': { fr: 'Fin du programme', en: 'Programme ends on' },
  'offer.apply.title': { fr: 'Candidature et contact', en: 'Applying and contact' },
  'offer.field.apply': { fr: 'Comment candidater', en: 'How to apply' },
  'offer.field.applyHint': {
    fr: 'Une adresse web, une adresse e-mail, ou les deux.',
    en: 'A web address, an e-mail address, or both.',
  },
  'offer.field.applyUrl': { fr: 'Page de candidature', en: 'Application page' },
  'offer.field.applyEmail': { fr: 'E-mail de candidature', en: 'Application e-mail' },
  'offer.field.contact': { fr: 'Contact', en: 'Contact' },
  'offer.field.contactName': { fr: 'Nom du contact', en: 'Contact name' },
  'offer.field.contactEmail': { fr: 'E-mail du contact', en: 'Contact e-mail' },
  'offer.field.contactPhone': { fr: 'Téléphone du contact', en: 'Contact phone' },
  'offer.field.contactPhoneHint': {
    fr: 'Par exemple +221 33 800 00 00.',
    en: 'For example +221 33 800 00 00.',
  },
  'offer.field.tags': { fr: 'Mots-clés', en: 'Tags' },
  'offer.field.tagsHint': {
    fr: 'Séparés par des virgules, par exemple : jeunes, femmes, agriculture.',
    en: 'Separated by commas, for example: youth, women, agriculture.',
  },
  'offer.save.draft': { fr: 'Enregistrer le brouillon', en: 'Save the draft' },
  'offer.save.submit': {
    fr: 'Enregistrer et soumettre pour relecture',
    en: 'Save and submit for review',
  },
  'offer.save.revision': {
    fr: 'Envoyer la modification en relecture',
    en: 'Send the change for review',
  },
  'offer.history.title': { fr: 'Historique', en: 'History' },
  'offer.history.none': { fr: 'Aucun événement.', en: 'No event.' },
  'offer.history.when': { fr: 'Date', en: 'Date' },
  'offer.history.what': { fr: 'Événement', en: 'Event' },
  'offer.history.who': { fr: 'Par', en: 'By' },
  'offer.history.state': { fr: 'État', en: 'State' },
  'offer.history.reason': { fr: 'Commentaire', en: 'Comment' },
  'offer.created': { fr: 'Brouillon enregistré.', en: 'Draft saved.' },
  'offer.createdAndSubmitted': {
    fr: 'Offre enregistrée et soumise pour relecture.',
    en: 'Offer saved and submitted for review.',
  },
  'offer.createdNotSubmitted.conflict': {
    fr: 'Brouillon enregistré, mais pas soumis pour relecture : son état a changé entre-temps. Vérifiez-le ci-dessous, puis soumettez-le de nouveau.',
    en: 'Draft saved, but not submitted for review: its state changed meanwhile. Check it below, then submit it again.',
    pt: 'Rascunho guardado, mas não submetido para revisão: o seu estado mudou entretanto. Verifique-o abaixo e submeta-o de novo.',
    ar: 'تم حفظ المسودة، لكنها لم تُرسل للمراجعة: تغيّرت حالتها في الأثناء. راجعها أدناه ثم أرسلها من جديد.',
  },
  'offer.createdNotSubmitted.invalid': {
    fr: 'Brouillon enregistré, mais pas soumis pour relecture : certaines informations ne sont pas acceptées. Soumettez-le de nouveau : le formulaire indiquera ce qui est à corriger.',
    en: 'Draft saved, but not submitted for review: some information is not accepted. Submit it again: the form will show what to correct.',
    pt: 'Rascunho guardado, mas não submetido para revisão: algumas informações não são aceites. Submeta-o de novo: o formulário indicará o que corrigir.',
    ar: 'تم حفظ المسودة، لكنها لم تُرسل للمراجعة: بعض المعلومات غير مقبولة. أرسلها من جديد وسيُظهر النموذج ما يجب تصحيحه.',
  },
  'offer.saved': { fr: 'Offre enregistrée.', en: 'Offer saved.' },
  'offer.submitted': {
    fr: 'Offre soumise pour relecture.',
    en: 'Offer submitted for review.',
  },
  'offer.revisionSubmitted': {
    fr: 'Modification envoyée en relecture. La version publiée reste en ligne en attendant.',
    en: 'Change sent for review. The published version stays online meanwhile.',
  },
  'offer.archived': { fr: 'Offre archivée.', en: 'Offer archived.' },
  'offer.reopened': { fr: 'Offre rouverte en brouillon.', en: 'Offer reopened as a draft.' },
  'offer.reconfirmed': {
    fr: 'Merci ! La date de dernière vérification est mise à jour.',
    en: 'Thank you! The last-verified date is updated.',
  },
  'offer.revisionWithdrawn': {
    fr: 'Modification retirée.',
    en: 'Change withdrawn.',
  },

  // Inbox
  'inbox.title': { fr: 'Demandes de contact', en: 'Contact requests' },
  'inbox.filter.status': { fr: 'Statut', en: 'Status' },
  'inbox.none': {
    fr: 'Aucune demande pour le moment. Les entrepreneur·es vous écrivent depuis la page de vos offres publiées.',
    en: 'No request yet. Entrepreneurs write to you from the page of your published offers.',
  },
  'inbox.noneInStatus': {
    fr: 'Aucune demande au statut « {status} ».',
    en: 'No request with the status “{status}”.',
  },
  'inbox.count': { fr: '{count} demande(s)', en: '{count} request(s)' },
  'inbox.column.subject': { fr: 'Objet', en: 'Subject' },
  'inbox.column.from': { fr: 'De', en: 'From' },
  'inbox.column.offer': { fr: 'Offre', en: 'Offer' },
  'inbox.column.received': { fr: 'Reçue le', en: 'Received on' },
  'inbox.column.status': { fr: 'Statut', en: 'Status' },
  'inbox.moved.in_progress': {
    fr: 'Demande prise en charge. L’entrepreneur·e en est informé·e.',
    en: 'Request taken on. The entrepreneur is informed.',
  },
  'inbox.moved.accepted': {
    fr: 'Demande acceptée. L’entrepreneur·e en est informé·e.',
    en: 'Request accepted. The entrepreneur is informed.',
  },
  'inbox.moved.declined': {
    fr: 'Demande déclinée. L’entrepreneur·e reçoit votre motif.',
    en: 'Request declined. The entrepreneur receives your reason.',
  },
  'request.untitled': { fr: 'Demande sans objet', en: 'Request without a subject' },
  'request.back': { fr: '← Toutes les demandes', en: '← All requests' },
  'request.from': { fr: 'De', en: 'From' },
  'request.erased': { fr: 'compte supprimé', en: 'account deleted' },
  'request.email': { fr: 'E-mail', en: 'E-mail' },
  'request.emailNotShared': {
    fr: 'non partagé par l’entrepreneur·e',
    en: 'not shared by the entrepreneur',
  },
  'request.offer': { fr: 'Offre', en: 'Offer' },
  'request.received': { fr: 'Reçue le', en: 'Received on' },
  'request.statusChanged': { fr: 'Statut modifié le', en: 'Status changed on' },
  'request.message': { fr: 'Message', en: 'Message' },
  'request.shared.title': { fr: 'Profil partagé', en: 'Shared profile' },
  'request.shared.none': {
    fr: 'L’entrepreneur·e n’a partagé aucune information de son profil.',
    en: 'The entrepreneur shared nothing from their profile.',
  },
  'shared.businessName': { fr: 'Nom du projet', en: 'Business name' },
  'shared.businessDescription': { fr: 'Description du projet', en: 'Business description' },
  'shared.residenceCountry': { fr: 'Pays de résidence', en: 'Country of residence' },
  'shared.originCountries': { fr: 'Pays d’origine', en: 'Countries of origin' },
  'shared.targetCountries': { fr: 'Pays du projet', en: 'Countries of the business' },
  'shared.sectorCodes': { fr: 'Secteurs', en: 'Sectors' },
  'shared.stageCode': { fr: 'Stade du projet', en: 'Business stage' },
  'shared.languages': { fr: 'Langues', en: 'Languages' },
  'request.answer.title': { fr: 'Répondre', en: 'Answer' },
  'request.answer.intro': {
    fr: 'L’entrepreneur·e voit le statut de sa demande et reçoit un e-mail à chaque changement.',
    en: 'The entrepreneur sees the status of their request and is e-mailed at each change.',
  },
  'request.answer.status': { fr: 'Votre réponse', en: 'Your answer' },
  'request.answer.reason': { fr: 'Motif', en: 'Reason' },
  'request.answer.reasonHint': {
    fr: 'Obligatoire pour décliner ; l’entrepreneur·e le lira. Laissez vide sinon.',
    en: 'Required to decline; the entrepreneur will read it. Leave empty otherwise.',
  },
  'request.answer.message': {
    fr: 'Votre message à l’entrepreneur·e',
    en: 'Your message to the entrepreneur',
  },
  'request.answer.messageHint': {
    fr: 'Facultatif, 4 000 caractères au plus. Il lui est envoyé par e-mail et reste affiché avec sa demande.',
    en: 'Optional, at most 4,000 characters. It is e-mailed to them and stays shown with their request.',
  },
  'request.answer.sentMessage': {
    fr: 'Votre message à l’entrepreneur·e, envoyé le',
    en: 'Your message to the entrepreneur, sent on',
  },
  'request.answer.send': { fr: 'Envoyer la réponse', en: 'Send the answer' },
  'request.answer.final': {
    fr: 'Cette demande est close : la réponse est définitive.',
    en: 'This request is closed: the answer is final.',
  },
  'request.answer.declinedBecause': { fr: 'Motif du refus :', en: 'Reason for declining:' },
  'request.replyByEmail': {
    fr: 'Écrire à l’entrepreneur·e par e-mail',
    en: 'Write to the entrepreneur by e-mail',
  },

  // Refusals of the services (409), in the reader's language
  'problem.ORGANISATION.LAST_OWNER': {
    fr: 'Une organisation doit garder au moins un propriétaire : nommez d’abord un autre membre propriétaire.',
    en: 'An organisation needs at least one owner: make another member owner first.',
  },
  'problem.CATALOGUE.STALE_VERSION': {
    fr: 'Quelqu’un a modifié cette offre depuis que vous l’avez ouverte : rechargez-la et refaites votre modification.',
    en: 'Someone changed this offer since you loaded it: reload it and apply your change again.',
  },
  'problem.CATALOGUE.ILLEGAL_TRANSITION': {
    fr: 'Cette action n’est pas possible dans l’état actuel de l’offre ; elle a peut-être changé entre-temps.',
    en: 'This action is not possible in the offer’s current state; it may have changed meanwhile.',
  },
  'problem.CONTACT_REQUEST.ILLEGAL_STATUS_CHANGE': {
    fr: 'Cette demande a déjà reçu une autre réponse : son statut actuel est affiché ci-dessus.',
    en: 'This request was already answered otherwise: its current status is shown above.',
  },

  // Rules of the API, per field: French translations, English as the API says it
  'rule.name.isLength': {
    fr: 'Le nom doit compter de 2 à 200 caractères.',
    en: 'The name must be 2 to 200 characters long.',
  },
  'rule.legalIdentifier.country.isCountryCode': {
    fr: 'Choisissez le pays d’immatriculation.',
    en: 'Choose the country of registration.',
  },
  'rule.legalIdentifier.registrationNumber.isLength': {
    fr: 'Saisissez le numéro d’immatriculation (64 caractères au plus).',
    en: 'Enter the registration number (64 characters at most).',
  },
  'rule.website.isUrl': {
    fr: 'Saisissez une adresse commençant par https://.',
    en: 'Enter an address starting with https://.',
  },
  'rule.logoUrl.isUrl': {
    fr: 'Saisissez une adresse commençant par https://.',
    en: 'Enter an address starting with https://.',
  },
  'rule.contactPhone.matches': {
    fr: 'Saisissez un numéro international : + puis 6 à 15 chiffres.',
    en: 'Enter an international number: + then 6 to 15 digits.',
  },
  'rule.isCountryCode': {
    fr: 'Choisissez des pays dans la liste.',
    en: 'Choose countries from the list.',
  },
  'rule.isCurrencyCode': {
    fr: 'Choisissez une devise dans la liste.',
    en: 'Choose a currency from the list.',
  },
  'rule.isLanguageCode': {
    fr: 'Choisissez des langues dans la liste.',
    en: 'Choose languages from the list.',
  },
  'rule.isIso8601': {
    fr: 'Saisissez une date au format AAAA-MM-JJ.',
    en: 'Enter a date as YYYY-MM-DD.',
  },
  'rule.categoryCode.isLength': { fr: 'Choisissez une catégorie.', en: 'Choose a category.' },
  'rule.cost.amountMinor.isInt': {
    fr: 'Saisissez un montant en chiffres, par exemple 25 ou 25,50.',
    en: 'Enter an amount in figures, for example 25 or 25.50.',
  },
  'rule.funding.minMinor.isInt': {
    fr: 'Saisissez un montant en chiffres, par exemple 1 500 000.',
    en: 'Enter an amount in figures, for example 1500000.',
  },
  'rule.funding.maxMinor.isInt': {
    fr: 'Saisissez un montant en chiffres, par exemple 1 500 000.',
    en: 'Enter an amount in figures, for example 1500000.',
  },
  'rule.funding.currency.isCurrencyCode': {
    fr: 'Choisissez la devise des montants.',
    en: 'Choose the currency of the amounts.',
  },
  'rule.contact.phone.matches': {
    fr: 'Saisissez un numéro de téléphone, par exemple +221 33 800 00 00.',
    en: 'Enter a phone number such as +221 33 800 00 00.',
  },
  'rule.translations.oneLanguageComplete': {
    fr: 'Au moins une langue doit avoir un titre (5 caractères ou plus), un résumé (20 ou plus) et une description (50 ou plus).',
    en: 'At least one language needs a title (5+ characters), a summary (20+) and a description (50+).',
  },
  'rule.dates.deadline.noDeadlineWhenRolling': {
    fr: 'Une offre ouverte toute l’année n’a pas de date limite : retirez la date ou décochez « ouverte toute l’année ».',
    en: 'A rolling offer has no deadline: remove the deadline or untick rolling.',
  },
  'rule.dates.deadline.deadlineOrRolling': {
    fr: 'Indiquez une date limite, ou cochez « ouverte toute l’année ».',
    en: 'Give a deadline, or mark the offer as rolling (open all year).',
  },
  'rule.dates.deadline.deadlineAfterOpening': {
    fr: 'La date limite doit être le jour de l’ouverture ou après.',
    en: 'The deadline must be on or after the opening date.',
  },
  'rule.dates.endsOn.endAfterStart': {
    fr: 'La date de fin doit être le jour du début ou après.',
    en: 'The end date must be on or after the start date.',
  },
  'rule.eligibility.ageMax.ageRange': {
    fr: 'L’âge maximum ne doit pas être inférieur à l’âge minimum.',
    en: 'The maximum age must not be below the minimum age.',
  },
  'rule.funding.minMinor.amountRange': {
    fr: 'Le montant minimum ne doit pas dépasser le montant maximum.',
    en: 'The minimum amount must not exceed the maximum amount.',
  },
  'rule.funding.amountGiven': {
    fr: 'Indiquez un montant minimum ou maximum, ou laissez le financement vide.',
    en: 'Give a minimum or a maximum amount, or leave the amount range out.',
  },
  'rule.funding.financingOnly': {
    fr: 'Un montant de financement ne concerne que les offres de financement.',
    en: 'An amount range is only for financing offers.',
  },
  'rule.cost.amountMinor.priceForPaid': {
    fr: 'Une offre payante a besoin de son prix et de sa devise.',
    en: 'A paid offer needs its price and currency.',
  },
  'rule.cost.amountMinor.priceOnlyWhenPaid': {
    fr: 'Seule une offre payante a un prix.',
    en: 'Only a paid offer has a price.',
  },
  'rule.location.countryCode.locationForInPerson': {
    fr: 'Une offre en présentiel ou hybride doit indiquer au moins le pays où elle a lieu.',
    en: 'An in-person or hybrid offer needs at least the country where it takes place.',
  },
  'rule.apply.howToApply': {
    fr: 'Indiquez comment candidater : une adresse web, une adresse e-mail, ou les deux.',
    en: 'Say how to apply: a web address, an e-mail address, or both.',
  },
  'rule.reason.reasonRequired': {
    fr: 'Indiquez un motif : l’entrepreneur·e le lira.',
    en: 'Give a reason: the entrepreneur will read it.',
  },
  'rule.reason.reasonOnlyWhenDeclined': {
    fr: 'Un motif ne s’indique que pour décliner : videz ce champ.',
    en: 'A reason is only given when declining.',
  },
  'rule.status.isIn': { fr: 'Choisissez une réponse.', en: 'Choose an answer.' },
  'rule.answer.maxLength': {
    fr: 'Votre message doit compter au plus 4 000 caractères.',
    en: 'Your message must be at most 4,000 characters long.',
  },
  'rule.answer.answerTooLong': {
    fr: 'Votre message doit compter au plus 4 000 caractères.',
    en: 'Your message must be at most 4,000 characters long.',
  },
});
