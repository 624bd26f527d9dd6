// Save the ticks as a file, or load a file from another device. Loading adds ticks, never removes
// any, and says exactly what it added and what it skipped. When this browser is not saving ticks,
// the island says so first, so neither button reports a success that will not last.
import { useState } from 'react';
import { useIsland, useIslandId } from '../../islands/context';
import type { MessageKey } from '../../islands/messages';
import { useHydrated } from '../../routing/use-hydrated';
import { downloadText } from './download';
import { useProgress, useProgressStore } from './provider';
import { exportText, importText, type ImportReport, type KnownContent } from './transfer';

export const messages: readonly MessageKey[] = [
  'transfer.save',
  'transfer.fileName',
  'transfer.loadLabel',
  'transfer.loadHint',
  'transfer.added',
  'transfer.skipped.unknown-guide',
  'transfer.skipped.unknown-step',
  'transfer.skipped.already-ticked',
  'transfer.unknownArea',
  'transfer.areaAdopted',
  'transfer.childrenAdded',
  'transfer.notSaved',
  'transfer.warning.memory',
  'transfer.warning.newer',
  'transfer.error.not-ours',
  'transfer.error.newer',
  'transfer.error.empty',
  'transfer.error.too-big',
];

/** A saved copy is a few kilobytes; anything much bigger is not one. */
const MAX_FILE_BYTES = 1024 * 1024;

type Status = { kind: 'added'; report: ImportReport; saved: boolean } | { kind: 'error'; message: 'not-ours' | 'newer' | 'empty' | 'too-big' } | null;

async function knownContent(): Promise<KnownContent> {
  const { default: known } = await import('virtual:content/known-ids');
  return { steps: new Map(Object.entries(known.steps).map(([guide, steps]) => [guide, new Set(steps)])), areas: new Set(known.areas) };
}

export default function TicksTransfer() {
  const { t } = useIsland();
  const hydrated = useHydrated();
  const store = useProgressStore();
  const { data, mode, problem } = useProgress();
  const [status, setStatus] = useState<Status>(null);
  const inputId = useIslandId('load');

  async function load(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setStatus({ kind: 'error', message: 'too-big' });
      return;
    }
    const [text, known] = await Promise.all([file.text(), knownContent()]);
    let outcome: ReturnType<typeof importText> | undefined;
    store.replace((current) => {
      outcome = importText(current, text, known);
      return outcome.ok ? outcome.data : current;
    });
    if (!outcome) return;
    if (outcome.ok) setStatus({ kind: 'added', report: outcome.report, saved: store.getSnapshot().mode === 'saved' });
    else setStatus({ kind: 'error', message: outcome.reason });
  }

  function save() {
    // With a newer version's data on the device, the copy is that data exactly as stored: it is
    // the parent's, and this version cannot read it, so it must not come out empty.
    const text = problem?.kind === 'newer' ? (store.rawText() ?? exportText(data)) : exportText(data);
    downloadText(text, t('transfer.fileName'), 'application/json');
  }

  const report = status?.kind === 'added' ? status.report : null;
  const skips = report ? (Object.entries(report.skipped) as [keyof ImportReport['skipped'], number][]).filter(([, count]) => count > 0) : [];
  return (
    <div className="transfer" hidden={!hydrated}>
      {mode === 'memory' ? <p className="notice notice--warning">{t(problem?.kind === 'newer' ? 'transfer.warning.newer' : 'transfer.warning.memory')}</p> : null}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={save}>
          {t('transfer.save')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={inputId}>{t('transfer.loadLabel')}</label>
        <p className="field__hint">{t('transfer.loadHint')}</p>
        <input id={inputId} type="file" accept="application/json,.json" onChange={(event) => void load(event.currentTarget.files?.[0])} />
      </div>
      <div role="status" className={status?.kind === 'error' || (status?.kind === 'added' && !status.saved) ? 'notice notice--warning' : status ? 'notice notice--success' : undefined}>
        {report ? (
          <>
            <p>{t('transfer.added', { count: report.added })}</p>
            {report.childrenAdded.length > 0 ? <p>{t('transfer.childrenAdded', { names: report.childrenAdded.join(', ') })}</p> : null}
            {skips.length > 0 || report.unknownArea || report.area ? (
              <ul>
                {skips.map(([reason, count]) => (
                  <li key={reason}>{t(`transfer.skipped.${reason}`, { count })}</li>
                ))}
                {report.unknownArea ? <li>{t('transfer.unknownArea')}</li> : null}
                {report.area ? <li>{t('transfer.areaAdopted')}</li> : null}
              </ul>
            ) : null}
            {status?.kind === 'added' && !status.saved ? <p>{t('transfer.notSaved')}</p> : null}
          </>
        ) : null}
        {status?.kind === 'error' ? <p>{t(`transfer.error.${status.message}`)}</p> : null}
      </div>
    </div>
  );
}
