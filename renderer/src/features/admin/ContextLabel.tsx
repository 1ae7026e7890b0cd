/** A label whose context only screen readers need: "Opens" on screen, "Opens (Monday, hours 1)" read out. */
import type { ReactNode } from 'react';

/** The visible text, then the context in parentheses, visually hidden. */
export function ContextLabel({ text, context }: { text: string; context: string }): ReactNode {
  return (
    <>
      {text}
      <span className="visually-hidden"> ({context})</span>
    </>
  );
}
