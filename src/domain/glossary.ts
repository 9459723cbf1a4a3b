/**
 * The guide's French ⇄ English glossary: one French term per concept, and the French variants
 * the guide rejects. Source: DOMAIN-FACTS §12 (Microsoft's French usage) and §11.1 (the
 * original text's errors). The glossary page shows both lists as tables and a content test
 * checks the page and every French page against this module, so edit terms here first.
 */

/** One concept: its English term, the one French term the guide uses, and optional notes. */
export interface GlossaryEntry {
  /** English term, as the guide writes it. */
  en: string;
  /** The chosen French term (the only one French pages use for this concept). */
  fr: string;
  /** Usage note shown in the English page's note column. */
  noteEn?: string;
  /** Usage note shown in the French page's note column. */
  noteFr?: string;
}

/** A French wording the guide does not use, with the chosen term to write instead. */
export interface RejectedVariant {
  /** The variant as it appears (or appeared) in the original text. */
  variant: string;
  /** The glossary term to use instead. */
  preferred: string;
  /** Further spellings of the same variant (plural, …) that the check also refuses. */
  otherForms?: readonly string[];
}

/** Every glossary concept, in the order the glossary page lists them (DOMAIN-FACTS §12). */
export const glossary: readonly GlossaryEntry[] = [
  { en: 'Unified Messaging (UM)', fr: 'messagerie unifiée (MU)' },
  { en: 'UM dial plan', fr: 'plan de numérotation de messagerie unifiée' },
  { en: 'SIP URI dial plan', fr: 'plan de numérotation URI SIP', noteEn: 'URI type `SipName`.', noteFr: "Type d'URI `SipName`." },
  {
    en: 'Telephone extension (TelExtn) dial plan',
    fr: 'plan de numérotation de poste téléphonique',
    noteEn: 'URI type `TelExtn`, the default.',
    noteFr: "Type d'URI `TelExtn`, valeur par défaut.",
  },
  { en: 'extension (number)', fr: 'numéro de poste' },
  { en: 'VoIP security (setting)', fr: 'paramètre de sécurité VoIP', noteEn: '`-VoIPSecurity`', noteFr: '`-VoIPSecurity`' },
  { en: 'Unsecured', fr: 'Non sécurisé', noteEn: '`Unsecured`', noteFr: '`Unsecured`' },
  { en: 'SIP secured', fr: 'Sécurisé SIP', noteEn: '`SIPSecured`', noteFr: '`SIPSecured`' },
  { en: 'Secured', fr: 'Sécurisé', noteEn: '`Secured`', noteFr: '`Secured`' },
  { en: 'startup mode', fr: 'mode de démarrage (de messagerie unifiée)', noteEn: '`-UMStartupMode`', noteFr: '`-UMStartupMode`' },
  {
    en: 'Dual (value)',
    fr: 'Double',
    noteEn: 'In prose; commands keep `Dual`.',
    noteFr: 'Dans le texte\u00A0; les commandes gardent `Dual`.',
  },
  { en: 'TLS listening port', fr: "port d'écoute TLS", noteEn: '`-SipTlsListeningPort`', noteFr: '`-SipTlsListeningPort`' },
  { en: 'UM IP gateway', fr: 'passerelle IP de messagerie unifiée' },
  {
    en: 'outgoing calls (allow)',
    fr: 'appels sortants',
    noteEn: 'French EAC check box: «\u00A0Autoriser les appels sortants via cette passerelle IP de messagerie unifiée\u00A0».',
    noteFr: 'Case du CAE\u00A0: «\u00A0Autoriser les appels sortants via cette passerelle IP de messagerie unifiée\u00A0».',
  },
  { en: 'UM hunt group', fr: 'groupement de postes de messagerie unifiée' },
  { en: 'pilot identifier', fr: 'identificateur pilote' },
  { en: 'UM auto attendant', fr: 'standard automatique de messagerie unifiée' },
  {
    en: 'call answering',
    fr: 'répondeur automatique',
    noteEn: 'Not the same thing as an auto attendant.',
    noteFr: 'À ne pas confondre avec le standard automatique.',
  },
  { en: 'Outlook Voice Access', fr: 'Outlook Voice Access', noteEn: 'Not translated.', noteFr: 'Non traduit.' },
  { en: 'subscriber access', fr: 'accès abonné' },
  { en: 'UM mailbox policy', fr: 'stratégie de boîte aux lettres de messagerie unifiée' },
  { en: 'enable a user for voice mail', fr: 'activer la messagerie vocale pour un utilisateur' },
  { en: 'Client Access server', fr: "serveur d'accès au client" },
  { en: 'Mailbox server', fr: 'serveur de boîtes aux lettres' },
  {
    en: 'Microsoft Exchange Unified Messaging service',
    fr: 'service de messagerie unifiée Microsoft Exchange (MSExchangeUM)',
  },
  {
    en: 'UM Call Router service',
    fr: 'service Routeur des appels de messagerie unifiée Microsoft Exchange (MSExchangeUMCR)',
  },
  { en: 'Exchange Management Shell', fr: 'environnement de ligne de commande Exchange Management Shell' },
  { en: 'Exchange admin center (EAC)', fr: "Centre d'administration Exchange (CAE)" },
  { en: 'Lync Server Management Shell', fr: 'Lync Server Management Shell', noteEn: 'Not translated.', noteFr: 'Non traduit.' },
  { en: 'Enterprise Voice', fr: 'Voix Entreprise' },
  { en: 'location profile', fr: "profil d'emplacement", noteEn: 'A Lync dial plan.', noteFr: 'Un plan de numérotation Lync.' },
  { en: 'Lync dial plan', fr: 'plan de numérotation Lync (Voix Entreprise)' },
  { en: 'normalization rule', fr: 'règle de normalisation' },
  { en: 'Front End pool', fr: 'pool de serveurs frontaux' },
  { en: 'Front End Server', fr: 'serveur frontal' },
  { en: 'Front-End service (RTCSRV)', fr: 'service Serveur principal Lync Server (rtcsrv.exe)' },
  { en: 'Director pool', fr: 'pool directeur' },
  { en: 'Mediation Server', fr: 'serveur de médiation' },
  { en: 'media gateway', fr: 'passerelle multimédia' },
  { en: 'PSTN gateway', fr: 'passerelle RTC' },
  { en: 'PSTN usage (record)', fr: "enregistrement d'utilisation PSTN" },
  { en: 'voice policy', fr: 'stratégie de voix' },
  { en: 'voice route / outbound call route', fr: 'itinéraire des communications vocales' },
  { en: 'line URI (TEL URI)', fr: 'URI de ligne (URI TEL)', noteEn: '`tel:+<E.164>;ext=<n>`', noteFr: '`tel:+<E.164>;ext=<n>`' },
  { en: 'SIP address', fr: 'adresse SIP' },
  { en: 'contact object', fr: 'objet contact' },
  {
    en: 'Exchange UM Integration Utility (OcsUmUtil.exe)',
    fr: "utilitaire d'intégration de la messagerie unifiée Exchange (OcsUmUtil.exe)",
  },
  { en: 'hosted voice mail policy', fr: 'stratégie de messagerie vocale hébergée' },
  { en: 'media encryption level (Lync)', fr: 'niveau de chiffrement multimédia', noteEn: '`-EncryptionLevel`', noteFr: '`-EncryptionLevel`' },
  {
    en: 'Encryption required / optional / none',
    fr: 'Chiffrement requis / Chiffrement facultatif / Aucun chiffrement',
    noteEn: '`RequireEncryption` / `SupportEncryption` / `DoNotSupportEncryption`',
    noteFr: '`RequireEncryption` / `SupportEncryption` / `DoNotSupportEncryption`',
  },
  { en: 'Incompatible security setting (error message)', fr: '«\u00A0Paramètre de sécurité incompatible\u00A0»' },
  { en: 'certification authority (CA)', fr: 'autorité de certification (CA)', noteEn: 'Not «\u00A0AC\u00A0».', noteFr: 'Et non «\u00A0AC\u00A0».' },
  { en: 'public key infrastructure (PKI)', fr: 'infrastructure à clé publique (PKI)' },
  { en: 'self-signed certificate', fr: 'certificat auto-signé' },
  { en: 'root certificate', fr: 'certificat racine' },
  { en: 'Subject Name', fr: "nom de l'objet" },
  { en: 'Subject Alternative Name (SAN)', fr: "autre nom de l'objet (SAN)" },
  { en: 'wildcard (certificate)', fr: 'caractère générique / certificat générique' },
  { en: 'Issued to', fr: 'Délivré à' },
  { en: 'FQDN', fr: 'nom de domaine complet (FQDN)' },
  { en: 'mutual TLS', fr: 'TLS mutuel' },
  { en: 'trusted SIP peer', fr: 'homologue SIP approuvé' },
  { en: 'VoIP gateway / IP PBX / SBC', fr: 'passerelle VoIP / PBX IP / contrôleur de limite de session (SBC)' },
  { en: 'missed call notification', fr: "notification d'appel manqué" },
  { en: 'dialing rules / dialing rule groups', fr: 'règles de numérotation / groupes de règles de numérotation' },
  { en: 'UM proxy address', fr: 'adresse proxy de messagerie unifiée' },
  { en: 'cross-forest', fr: 'inter-forêts' },
  {
    en: 'cmdlet',
    fr: 'cmdlet',
    noteEn: 'Feminine in French: «\u00A0la cmdlet\u00A0».',
    noteFr: 'Féminin\u00A0: «\u00A0la cmdlet\u00A0».',
  },
  { en: 'runbook', fr: 'runbook', noteEn: 'This site’s step-by-step procedures.', noteFr: 'Les procédures pas à pas de ce site.' },
  {
    en: 'scope (of a Lync setting or policy)',
    fr: 'étendue',
    noteEn: '`global`, `site:<site>`, `Registrar:<pool>`, per-user',
    noteFr: '`global`, `site:<site>`, `Registrar:<pool>`, par utilisateur',
  },
  { en: 'Registrar (Lync server role)', fr: 'serveur d’inscriptions', noteEn: '`-RegistrarPool`, `Registrar:<pool>`', noteFr: '`-RegistrarPool`, `Registrar:<pool>`' },
];

/** French variants found in the original text (or close to it) that French pages must not use. */
export const rejectedVariants: readonly RejectedVariant[] = [
  { variant: 'Protection SIP', preferred: 'Sécurisé SIP' },
  { variant: 'mode sécurisé SIP', preferred: 'Sécurisé SIP' },
  { variant: 'mode SIP sécurisé', preferred: 'Sécurisé SIP' },
  { variant: 'mode sécurisé', preferred: 'Sécurisé' },
  { variant: 'plan de commutation des appels', preferred: 'plan de numérotation de messagerie unifiée', otherForms: ['plans de commutation des appels'] },
  { variant: 'plan de numérotation URI de protocole SIP', preferred: 'plan de numérotation URI SIP', otherForms: ['plans de numérotation URI de protocole SIP'] },
  { variant: 'plan de numérotation avec un URI SIP', preferred: 'plan de numérotation URI SIP' },
  { variant: 'plan de numérotation SIP', preferred: 'plan de numérotation URI SIP', otherForms: ['plans de numérotation SIP'] },
  { variant: "serveur d'accès client", preferred: "serveur d'accès au client", otherForms: ["serveurs d'accès client"] },
  { variant: 'serveur de boîte aux lettres', preferred: 'serveur de boîtes aux lettres', otherForms: ['serveurs de boîte aux lettres'] },
  { variant: 'boîte aux lettre', preferred: 'boîte aux lettres' },
  {
    variant: 'environnement de commande Exchange Management Shell',
    preferred: 'environnement de ligne de commande Exchange Management Shell',
  },
  { variant: 'identificateur SIP', preferred: 'adresse SIP' },
  { variant: 'identificateur de pilote', preferred: 'identificateur pilote' },
  { variant: 'nom du sujet', preferred: "nom de l'objet" },
  { variant: 'nom commun sujet', preferred: "nom de l'objet" },
  { variant: "nom d'objet", preferred: "nom de l'objet", otherForms: ["noms d'objet"] },
  { variant: "Autres noms d'objet", preferred: "autre nom de l'objet (SAN)" },
  { variant: 'liste des SAN', preferred: "autre nom de l'objet (SAN)" },
  { variant: "routes d'appels sortants", preferred: 'itinéraire des communications vocales', otherForms: ["route d'appels sortants"] },
  { variant: 'utilisation du téléphone', preferred: "enregistrement d'utilisation PSTN" },
  { variant: 'pool frontal', preferred: 'pool de serveurs frontaux', otherForms: ['pools frontaux'] },
  {
    variant: "service de routeur d'appels",
    preferred: 'service Routeur des appels de messagerie unifiée Microsoft Exchange (MSExchangeUMCR)',
  },
  {
    variant: 'Microsoft Exchange Unified Messaging Call Router',
    preferred: 'service Routeur des appels de messagerie unifiée Microsoft Exchange (MSExchangeUMCR)',
  },
  { variant: 'Enterprise Voice', preferred: 'Voix Entreprise' },
  { variant: 'applet de commande', preferred: 'cmdlet', otherForms: ['applets de commande'] },
  { variant: 'cahier d’exploitation', preferred: 'runbook', otherForms: ['cahiers d’exploitation'] },
  { variant: 'chiffrement des médias', preferred: 'niveau de chiffrement multimédia', otherForms: ['chiffrement du média'] },
  { variant: 'niveau de chiffrement de Lync', preferred: 'niveau de chiffrement multimédia', otherForms: ['niveau de chiffrement Lync'] },
  { variant: 'portée', preferred: 'étendue' },
  { variant: 'bureau d’enregistrement', preferred: 'serveur d’inscriptions' },
];

/** Folds the differences that do not make two French wordings different: case, apostrophes, spaces. */
export function foldFrench(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Finds the rejected variants used in a French text, whole words only, ignoring case,
 * apostrophe style and non-breaking spaces.
 *
 * @example
 *   findRejectedVariants('un plan en mode SIP sécurisé') // → [{ variant: 'mode SIP sécurisé', … }]
 */
export function findRejectedVariants(text: string): RejectedVariant[] {
  const folded = foldFrench(text);
  return rejectedVariants.filter((entry) =>
    [entry.variant, ...(entry.otherForms ?? [])].some((form) => wholeWords(foldFrench(form)).test(folded)),
  );
}

function wholeWords(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}
