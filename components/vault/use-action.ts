import { useState } from 'react';

type ActionState = { status: 'idle' | 'busy' | 'done' } | { status: 'failed'; message: string };

/** Runs an async action once at a time and keeps how it ended, for a form's status line. */
export function useAction(): [ActionState, (action: () => Promise<void>) => Promise<boolean>] {
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  async function run(action: () => Promise<void>): Promise<boolean> {
    if (state.status === 'busy') return false;
    setState({ status: 'busy' });
    try {
      await action();
      setState({ status: 'done' });
      return true;
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }
  return [state, run];
}
