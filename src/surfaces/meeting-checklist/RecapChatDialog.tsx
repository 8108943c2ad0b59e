import { Button, Field, Input, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { teamMessage } from '../../domain/teamTools/messageHtml';
import type { Draft } from '../../domain/templates';
import type { TeamsPost } from '../../hosts/HostContext';
import { describeTeamworkFailure } from '../../ui/teamworkFailure';
import { ToolDialog, ToolOutcomeText, useToolAction } from '../../ui/ToolDialog';
import { useT } from '../../ui/useT';

/**
 * The meeting recap for the meeting's chat: the drafted recap as text, in the language it was drafted
 * in, for the user to edit; posted as escaped HTML. A post that fails says why and keeps the text.
 */
export function RecapChatDialog({
  draft,
  post,
  onClose,
}: {
  draft: Draft;
  post: (post: TeamsPost) => Promise<void>;
  onClose: () => void;
}) {
  const translator = useT();
  const { t } = translator;
  const [subject, setSubject] = useState(draft.subject);
  const [body, setBody] = useState(draft.text);
  const { busy, outcome, run } = useToolAction();
  const empty = body.trim() === '';

  const submit = async () => {
    if (empty) return;
    await run(
      async () => {
        const message = teamMessage(subject, body, draft.lang);
        await post({ subject: message.subject, html: message.html });
        return t('teamTools.recapChat.posted');
      },
      (error) => t('teamTools.recapChat.postFailed', { reason: describeTeamworkFailure(error, translator) }),
    );
  };

  return (
    <ToolDialog
      title={t('teamTools.recapChat.heading')}
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        // Posted, it stays, disabled but focusable: taken away, it would drop the focus out of the
        // dialog, and Escape would no longer close it.
        <Button appearance="primary" type="submit" disabledFocusable={busy || empty || outcome?.ok === true}>
          {t('teamTools.recapChat.post')}
        </Button>
      }
    >
      <Text>{t('teamTools.recapChat.intro')}</Text>
      <Field label={t('teamTools.recapChat.subject')}>
        <Input value={subject} onChange={(_, d) => setSubject(d.value)} lang={draft.lang} dir={draft.dir} />
      </Field>
      <Field
        label={t('teamTools.recapChat.body')}
        {...(empty ? { validationState: 'warning' as const, validationMessage: t('teamTools.recapChat.empty') } : {})}
      >
        <Textarea
          value={body}
          onChange={(_, d) => setBody(d.value)}
          resize="vertical"
          rows={12}
          lang={draft.lang}
          dir={draft.dir}
        />
      </Field>
      <ToolOutcomeText outcome={outcome} />
    </ToolDialog>
  );
}
