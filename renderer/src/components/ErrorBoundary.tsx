/**
 * Catches a render error in one part of the screen so the rest (above all the quick line) keeps working.
 * React offers error boundaries only as class components; this is the one class in the app for that reason.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly fallback: (error: Error) => ReactNode;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | undefined;
}

/** Renders `fallback(error)` instead of `children` once they throw. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A part of the notebook failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error === undefined ? this.props.children : this.props.fallback(this.state.error);
  }
}
