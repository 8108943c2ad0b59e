import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../domain/i18n';
import { Alert } from '../ui/Alert';

interface Props {
  readonly locale: string;
  readonly children: ReactNode;
}

/** A render error shows a message instead of a blank pane; stored data and unsaved forms are untouched. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Kept: a view failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <Alert intent="error" role="alert" title={t(this.props.locale, 'shell.crash.title')}>
        {t(this.props.locale, 'shell.crash.body', { detail: error.message })}
      </Alert>
    );
  }
}
