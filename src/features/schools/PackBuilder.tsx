// The school pack builder (/schools): a school picks guides (or a preset by age), adds its name
// and its safeguarding lead's contact, and gets a link, a QR code, a printable handout and
// ready-to-paste messages. The pack lives entirely in the link's fragment: nothing is sent or kept.
import { useEffect, useState } from 'react';
import { QrCode } from '../../components/QrCode';
import { useIsland, useIslandId } from '../../islands/context';
import type { MessageKey } from '../../islands/messages';
import { useHydrated } from '../../routing/use-hydrated';
import { checkPack, fitsQr, LIMITS, newsletterMessages, packFragment, PRESETS, type PresetName } from './pack';

export const messages: readonly MessageKey[] = [
  'schools.schoolLabel',
  'schools.leadLabel',
  'schools.emailLabel',
  'schools.phoneLabel',
  'schools.optional',
  'schools.presetsLegend',
  'schools.preset.primary',
  'schools.preset.11-13',
  'schools.preset.14-16',
  'schools.guidesLegend',
  'schools.chosen',
  'schools.incomplete',
  'schools.badContact',
  'schools.linkTitle',
  'schools.linkLabel',
  'schools.copy',
  'schools.copied',
  'schools.tooLongForQr',
  'schools.qrLabel',
  'schools.print',
  'schools.messagesTitle',
  'schools.messagesLead',
  'schools.message.guide',
  'schools.message.intro',
  'schools.handoutTitle',
  'schools.handoutContact',
  'schools.handoutScan',
];

export interface BuilderGuide {
  id: string;
  name: string;
  /** The guide's public address, for the messages. */
  url: string;
}

interface Props {
  guides: readonly BuilderGuide[];
  /** The public address of the pack page (/schools/pack); the pack goes after it as #p=... */
  packUrl: string;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export default function PackBuilder({ guides, packUrl }: Props) {
  const { t, language } = useIsland();
  const live = useHydrated();
  const id = useIslandId('pack');
  const [school, setSchool] = useState('');
  const [lead, setLead] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [copied, setCopied] = useState<string | null>(null);
  const [qr, setQr] = useState<{ link: string; modules: boolean[][] } | null>(null);

  const known = new Set(guides.map((guide) => guide.id));
  const checked = checkPack({ school, leadName: lead, email, phone, guides: chosen }, known);
  const link = checked.ok ? `${packUrl}${packFragment(checked.pack)}` : null;
  // The QR library loads only here, once there is a link to draw.
  useEffect(() => {
    if (link === null) return undefined;
    let current = true;
    void import('../share/qr').then(({ qrModules }) => {
      if (current) setQr({ link, modules: qrModules(link) });
    });
    return () => {
      current = false;
    };
  }, [link]);
  const byId = new Map(guides.map((guide) => [guide.id, guide]));
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  const texts = checked.ok && link ? newsletterMessages(checked.pack, guides, (guideId) => (guideId ? (byId.get(guideId)?.url ?? link) : link), (key, vars) => t(key as MessageKey, vars), (items) => list.format(items)) : null;

  function toggle(guideId: string, on: boolean) {
    setChosen((current) => (on ? [...current.filter((x) => x !== guideId), guideId] : current.filter((x) => x !== guideId)));
  }

  async function copy(text: string, what: string) {
    if (await copyText(text)) setCopied(what);
  }

  const field = (name: string, label: string, value: string, set: (value: string) => void, options: { type?: string; max: number; optional?: boolean; autoComplete?: string }) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>
        {label}
        {options.optional ? ` ${t('schools.optional')}` : ''}
      </label>
      <input
        id={`${id}-${name}`}
        type={options.type ?? 'text'}
        value={value}
        maxLength={options.max}
        autoComplete={options.autoComplete ?? 'off'}
        onChange={(event) => set(event.currentTarget.value)}
      />
    </div>
  );

  return (
    <div className="pack-builder" hidden={!live}>
      <form onSubmit={(event) => event.preventDefault()}>
        {field('school', t('schools.schoolLabel'), school, setSchool, { max: LIMITS.school, autoComplete: 'organization' })}
        {field('lead', t('schools.leadLabel'), lead, setLead, { max: LIMITS.leadName, autoComplete: 'name' })}
        {field('email', t('schools.emailLabel'), email, setEmail, { type: 'email', max: LIMITS.email, optional: true, autoComplete: 'email' })}
        {field('phone', t('schools.phoneLabel'), phone, setPhone, { type: 'tel', max: LIMITS.phone, optional: true, autoComplete: 'tel' })}
        <fieldset className="pack-builder__presets">
          <legend>{t('schools.presetsLegend')}</legend>
          <div className="button-row">
            {(Object.keys(PRESETS) as PresetName[]).map((preset) => (
              <button key={preset} type="button" className="button button--secondary" onClick={() => setChosen([...PRESETS[preset]].filter((x) => known.has(x)))}>
                {t(`schools.preset.${preset}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <fieldset className="pack-builder__guides">
          <legend>{t('schools.guidesLegend')}</legend>
          <p role="status">{t('schools.chosen', { count: chosen.length, max: LIMITS.guides })}</p>
          <ul className="check-list">
            {guides.map((guide) => (
              <li key={guide.id}>
                <input
                  type="checkbox"
                  id={`${id}-g-${guide.id}`}
                  checked={chosen.includes(guide.id)}
                  disabled={!chosen.includes(guide.id) && chosen.length >= LIMITS.guides}
                  onChange={(event) => toggle(guide.id, event.currentTarget.checked)}
                />
                <label htmlFor={`${id}-g-${guide.id}`}>{guide.name}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      </form>

      <section aria-labelledby={`${id}-result`} className="pack-builder__result">
        <h2 id={`${id}-result`}>{t('schools.linkTitle')}</h2>
        {!checked.ok ? (
          <p className="notice">{t(checked.reason === 'bad-field' && (email !== '' || phone !== '') && school !== '' && lead !== '' ? 'schools.badContact' : 'schools.incomplete')}</p>
        ) : null}
        {link ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-link`}>{t('schools.linkLabel')}</label>
              <input id={`${id}-link`} type="text" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
            </div>
            <div className="button-row">
              <button type="button" className="button" onClick={() => void copy(link, 'link')}>
                {t('schools.copy')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => window.print()}>
                {t('schools.print')}
              </button>
            </div>
            <p role="status">{copied === 'link' ? t('schools.copied') : ''}</p>
            {fitsQr(link) ? null : <p className="notice notice--warning">{t('schools.tooLongForQr')}</p>}
            {/* What prints: a one-page A4 handout with the QR code, the guides and the contact. */}
            <div className="handout">
              <h2 className="print-only-block">{t('schools.handoutTitle', { school })}</h2>
              {qr?.link === link ? <QrCode className="handout__qr" modules={qr.modules} label={t('schools.qrLabel', { school })} /> : null}
              <p className="print-only-block">{t('schools.handoutScan')}</p>
              <ul className="print-only-block">
                {chosen.map((guideId) => (
                  <li key={guideId}>{byId.get(guideId)?.name}</li>
                ))}
              </ul>
              <p className="print-only-block">{t('schools.handoutContact', { lead, contact: [email, phone].filter(Boolean).join(', ') })}</p>
            </div>
          </>
        ) : null}
      </section>

      {texts ? (
        <section aria-labelledby={`${id}-messages`}>
          <h2 id={`${id}-messages`}>{t('schools.messagesTitle')}</h2>
          <p>{t('schools.messagesLead')}</p>
          {[{ id: 'intro', name: '', text: texts.intro }, ...texts.perGuide].map((message) => (
            <div key={message.id} className="pack-message">
              <label htmlFor={`${id}-m-${message.id}`}>{message.name || t('schools.linkTitle')}</label>
              <textarea id={`${id}-m-${message.id}`} readOnly rows={3} value={message.text} />
              <button type="button" className="button button--secondary" onClick={() => void copy(message.text, message.id)}>
                {t('schools.copy')}
              </button>
              <p role="status">{copied === message.id ? t('schools.copied') : ''}</p>
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
