/** The help overlay's short guide to the quick line's little language (#tags, !priority). */
import type { ReactNode } from 'react';
import { t, type MessageKey } from '../../i18n';
import { Keys } from './Keys';

/**
 * Fills a message's {placeholders} with elements. t() only fills text, and a keycap inside a sentence must stay
 * an element, so the template is split here rather than the sentence being cut into untranslatable pieces.
 */
function withParts(key: MessageKey, parts: Record<string, ReactNode>): ReactNode[] {
  return t(key)
    .split(/(\{\w+\})/)
    .map((piece, i) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      return <span key={i}>{name !== undefined && name in parts ? parts[name] : piece}</span>;
    });
}

/** How to write in the quick line, with the example from the issue. */
export function QuickLineHelp({ headingId }: { headingId: string }): ReactNode {
  return (
    <section className="help-section help-quickline" aria-labelledby={headingId}>
      <h3 id={headingId} className="help-heading">
        {t('help.quickLine.title')}
      </h3>
      <p>{t('help.quickLine.intro')}</p>
      <ul className="help-rules">
        <li>{withParts('help.quickLine.tag', { token: <kbd className="keys-cap">#tag</kbd> })}</li>
        <li>
          {withParts('help.quickLine.priority', {
            top: <kbd className="keys-cap">!top</kbd>,
            high: <kbd className="keys-cap">!high</kbd>,
          })}
        </li>
        <li>{withParts('help.quickLine.number', { example: <kbd className="keys-cap">#4B</kbd> })}</li>
        <li>{withParts('help.quickLine.details', { keys: <Keys keys="Shift+Enter" /> })}</li>
      </ul>
      <figure className="help-example">
        <figcaption>{t('help.quickLine.exampleLabel')}</figcaption>
        <kbd className="help-example-line">{t('help.quickLine.example')}</kbd>
        <p>{t('help.quickLine.exampleResult')}</p>
      </figure>
    </section>
  );
}
