import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Shown while the lazy part loads, and in its place for good if its code cannot be loaded. */
  readonly standIn: (failed: boolean) => ReactNode;
  /** The lazily loaded part. */
  readonly children: ReactNode;
}

/**
 * A lazily loaded part of a form behind a stand-in that works on its own. If the part's code cannot
 * be loaded (offline, or a newer deployment replaced its chunk), the stand-in stays and is told so,
 * to say what is missing: the rest of the form and everything typed in it are kept, where the
 * page's error boundary would have replaced the whole view.
 */
export class StandInBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Kept: a part of the form could not be loaded', error, info.componentStack);
  }

  override render() {
    const { standIn, children } = this.props;
    if (this.state.failed) return standIn(true);
    return <Suspense fallback={standIn(false)}>{children}</Suspense>;
  }
}
