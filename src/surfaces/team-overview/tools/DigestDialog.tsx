import { Button, Field, Input, Spinner, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { digestDraft, teamDigest } from '../../../domain/teamTools/digest';
import { teamMessage } from '../../../domain/teamTools/messageHtml';
import type { TeamSettings } from '../../../domain/types';
import type { CommitmentFilter } from '../../../store/Store';
import { useServices } from '../../../ui/services';
import { describeTeamworkFailure } from '../../../ui/teamworkFailure';
import { useCommitments } from '../../../ui/useCommitments';
import { useOpenDraft } from '../../../ui/useOpenDraft';
import { useT } from '../../../ui/useT';
import { ErrorState } from '../OverviewStates';
import { ToolDialog, ToolOutcomeText, useToolAction } from '../../../ui/ToolDialog';

/**
 * The weekly team digest: promises kept (early) and broken in the last seven days, what is at risk
 * and which updates are overdue now, and the customers' replies waiting for an answer; drafted in
 * the lead's language for them to edit, then posted in the team's channel or opened as an email. A
 * post that fails says why and keeps the text.
 */
export function DigestDialog({
  filter,
  settings,
  teamName,
  now,
  onClose,
}: {
  /** The view's commitments: the digest reads their histories, which the table does not hold. */
  filter: CommitmentFilter;
  settings: TeamSettings;
  teamName: string;
  now: Date;
  onClose: () => void;
}) {
  const { host } = useServices();
  const openDraft = useOpenDraft();
  const translator = useT();
  const { t, locale } = translator;
  const complete = useCommitments(filter);
  // Drafted once, from the first full read: the lead's edits are theirs from then on, and a later
  // read (a change, a failure) never takes them. One dialog throughout, so nothing moves under them.
  const [draft, setDraft] = useState<{ readonly subject: string; readonly body: string }>();
  if (draft === undefined && complete.state === 'ready') {
    const first = digestDraft(teamDigest(complete.value, settings, now), teamName, settings, locale);
    setDraft({ subject: first.subject, body: first.text });
  }
  const subject = draft?.subject ?? '';
  const body = draft?.body ?? '';
  const { busy, outcome, run } = useToolAction();
  const channel = host.teamwork?.channel;
  const empty = body.trim() === '';

  const post = async () => {
    if (channel === undefined || draft === undefined || empty) return;
    const place = channel.name === '' ? teamName : channel.name;
    await run(
      async () => {
        const message = teamMessage(subject, body, locale);
        await channel.post({ subject: message.subject, html: message.html });
        return t('teamTools.digest.posted', { channel: place });
      },
      (error) => t('teamTools.digest.postFailed', { reason: describeTeamworkFailure(error, translator) }),
    );
  };

  return (
    <ToolDialog
      title={t('teamTools.digest.heading')}
      onClose={onClose}
      onSubmit={() => void post()}
      actions={
        draft !== undefined && (
          <>
            {channel !== undefined && (
              <Button appearance="primary" type="submit" disabledFocusable={busy || empty}>
                {t('teamTools.digest.post', { channel: channel.name === '' ? teamName : channel.name })}
              </Button>
            )}
            <Button
              disabledFocusable={busy || empty}
              onClick={() => void openDraft({ mode: 'new', to: [], ...teamMessage(subject, body, locale) }, 'team')}
            >
              {t('teamTools.digest.email')}
            </Button>
          </>
        )
      }
    >
      {draft === undefined ? (
        complete.state === 'error' ? (
          <ErrorState error={complete.error} onRetry={complete.reload} />
        ) : (
          <Spinner label={t('overview.loading')} />
        )
      ) : (
        <>
          <Text>{t('teamTools.digest.intro')}</Text>
          {channel === undefined && <Text>{t('teamTools.digest.noChannel')}</Text>}
          <Field label={t('teamTools.digest.subject')}>
            <Input value={subject} onChange={(_, d) => setDraft({ ...draft, subject: d.value })} />
          </Field>
          <Field
            label={t('teamTools.digest.body')}
            {...(empty ? { validationState: 'warning' as const, validationMessage: t('teamTools.digest.empty') } : {})}
          >
            <Textarea
              value={body}
              onChange={(_, d) => setDraft({ ...draft, body: d.value })}
              resize="vertical"
              rows={14}
            />
          </Field>
          <ToolOutcomeText outcome={outcome} />
        </>
      )}
    </ToolDialog>
  );
}
