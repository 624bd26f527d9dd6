import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the page when it fails; `retry` tries again. */
  fallback: (retry: () => void) => ReactNode;
  /** Changing this (the path) clears a failure, so navigating away recovers. */
  resetKey: string;
  onRetry?: () => void;
  children: ReactNode;
}

interface State {
  failed: boolean;
  key: string;
}

/** Keeps one page's failure (e.g. a chunk that would not load offline) from blanking the whole guide. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
