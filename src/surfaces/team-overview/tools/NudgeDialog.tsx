import { Button, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { catalogLocale, languageName, UI_LOCALES, type UiLocale } from '../../../domain/i18n/locales';
import { nudgeDraft } from '../../../domain/teamTools/nudge';
import { teamMessage } from '../../../domain/teamTools/messageHtml';
import type { Person } from '../../../domain/types';
import { Alert } from '../../../ui/Alert';
import { useServices } from '../../../ui/services';
import { loadDraftLanguage } from '../../../ui/teamToolsMessages';
import { useOpenDraft } from '../../../ui/useOpenDraft';
import { useT } from '../../../ui/useT';
import type { OverviewRow } from '../overviewModel';
import { ToolDialog } from '../../../ui/ToolDialog';

/**
 * Stores: the language the user last wrote each colleague's nudge in, in localStorage under
 * `kept.nudgeLanguages.<user email>` as `{ "<colleague email>": "fi" }`. Kept cannot read another
 * person's language settings without a broad directory permission, so it remembers the sender's choice.
 */
const languagesKey = (me: string) => `kept.nudgeLanguages.${me.trim().toLowerCase()}`;

function rememberedLanguages(me: string): Record<string, UiLocale> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(languagesKey(me)) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, UiLocale>) : {};
  } catch {
    return {};
  }
}

/**
 * "Nudge the owner": a drafted message to the owner of the selected commitments (one owner at a
 * time), in that colleague's language, listing what needs a look with a link to each. The sender
 * edits it, then it opens as an email (or is shown to copy where the host has no mail form).
 */
export function NudgeDialog({ rows, onClose }: { rows: readonly OverviewRow[]; onClose: () => void }) {
  const { host } = useServices();
  const openDraft = useOpenDraft();
  const { t, locale } = useT();
  const owners = useMemo(() => {
    const found = new Map<string, Person>();
    for (const r of rows) found.set(r.commitment.owner.email.trim().toLowerCase(), r.commitment.owner);
    return [...found.values()];
  }, [rows]);
  const [ownerEmail, setOwnerEmail] = useState(owners[0]?.email ?? '');
  const owner = owners.find((o) => o.email === ownerEmail) ?? owners[0];
  const remembered = rememberedLanguages(host.user.email);
  const [language, setLanguage] = useState<UiLocale>(
    () => remembered[owner?.email.toLowerCase() ?? ''] ?? catalogLocale(locale),
  );
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // A new owner or language writes the draft again, in that language.
  useEffect(() => {
    if (owner === undefined) return;
    let live = true;
    const items = rows
      .filter((r) => r.commitment.owner.email === owner.email)
      .map((r) => ({
        commitment: r.commitment,
        status: r.status.kind,
        link: host.commitmentLink(r.commitment.id, r.commitment.teamId),
      }));
    loadDraftLanguage(language).then(
      () => {
        if (!live) return;
        const draft = nudgeDraft(owner, items, host.user, language);
        setSubject(draft.subject);
        setBody(draft.text);
        setProblem(null);
      },
      (error: unknown) => live && setProblem(t('teamTools.nudge.loadFailed', { detail: String(error) })),
    );
    return () => {
      live = false;
    };
  }, [owner, language, rows, host, t]);

  const send = async () => {
    if (owner === undefined) return;
    const message = teamMessage(subject, body, language);
    localStorage.setItem(
      languagesKey(host.user.email),
      JSON.stringify({ ...rememberedLanguages(host.user.email), [owner.email.toLowerCase()]: language }),
    );
    const result = await openDraft({ mode: 'new', to: [owner], ...message }, 'colleague');
    if (result === 'opened') setNotice(t('teamTools.nudge.opened', { name: owner.name || owner.email }));
  };

  return (
    <ToolDialog
      title={t('teamTools.nudge.heading', { name: owner?.name || owner?.email || '' })}
      onClose={onClose}
      onSubmit={() => void send()}
      actions={
        <Button appearance="primary" type="submit" disabledFocusable={body.trim() === ''}>
          {t('teamTools.nudge.send')}
        </Button>
      }
    >
      <Text>{t('teamTools.nudge.intro')}</Text>
      {owners.length > 1 && (
        <Field label={t('teamTools.nudge.owner')}>
          <Select value={owner?.email ?? ''} onChange={(_, d) => setOwnerEmail(d.value)}>
            {owners.map((o) => (
              <option key={o.email} value={o.email}>
                {o.name || o.email}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t('teamTools.nudge.language')}>
        <Select value={language} onChange={(_, d) => setLanguage(catalogLocale(d.value))}>
          {UI_LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageName(l)}
            </option>
          ))}
        </Select>
      </Field>
      {problem !== null && (
        <Alert intent="error" role="alert">
          {problem}
        </Alert>
      )}
      <Field label={t('teamTools.nudge.subject')}>
        <Input value={subject} onChange={(_, d) => setSubject(d.value)} lang={language} />
      </Field>
      <Field label={t('teamTools.nudge.body')}>
        <Textarea
          value={body}
          onChange={(_, d) => setBody(d.value)}
          resize="vertical"
          rows={12}
          lang={language}
          dir={language === 'fa' ? 'rtl' : 'ltr'}
        />
      </Field>
      <Text role="status">{notice ?? ''}</Text>
    </ToolDialog>
  );
}
