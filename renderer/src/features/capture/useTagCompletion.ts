/** Tag autocomplete inside the quick line: suggestions for the "#word" at the caret, and accepting one. */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { tagAtCaret } from '@shared/domain/quick-line';
import { insertTag, suggestTags } from '../../lib/suggest-tags';
import { useSuggestionBox, type SuggestionBox } from '../../components/useSuggestionBox';
import { useKnownTags } from '../../app/useKnownTags';

/** Suggestions for the line and what the input needs to show and accept them. */
export interface TagCompletion {
  readonly items: readonly string[];
  readonly box: SuggestionBox;
  /** Call on input, click, select and key up, so the caret position is known. */
  trackCaret(): void;
  accept(tag: string): void;
}

/** Autocomplete for `text` in `inputRef`, from the desk's tags, skipping tags the line already has. */
export function useTagCompletion(
  inputRef: RefObject<HTMLInputElement | null>,
  text: string,
  chosen: readonly string[],
  setText: (text: string) => void,
): TagCompletion {
  const [caret, setCaret] = useState(text.length);
  const nextCaret = useRef<number | undefined>(undefined);
  const word = tagAtCaret(text, Math.min(caret, text.length));
  const prefix = word?.prefix ?? '';
  const known = useKnownTags(word !== undefined);
  const items = word === undefined || prefix === '' ? [] : suggestTags(known, prefix, chosen);

  const accept = (tag: string) => {
    if (word === undefined) return;
    const result = insertTag(text, word.start, Math.min(caret, text.length), tag);
    nextCaret.current = result.caret;
    setCaret(result.caret);
    setText(result.text);
  };
  const box = useSuggestionBox('capture-tag-suggestions', items, `${word?.start ?? -1}:${prefix}`, accept);

  // After accepting, put the caret just after the inserted tag (React has re-rendered the value by now).
  useLayoutEffect(() => {
    const at = nextCaret.current;
    if (at === undefined || inputRef.current === null) return;
    nextCaret.current = undefined;
    inputRef.current.setSelectionRange(at, at);
  });

  const trackCaret = () => {
    const input = inputRef.current;
    if (input !== null) setCaret(input.selectionStart ?? input.value.length);
  };
  return { items, box, trackCaret, accept };
}
