/** A second launch hands over to the running instance: it comes to the front and opens the linked concern. */
import { describe, expect, it, vi } from 'vitest';
import { handleSecondInstance } from '../../electron/main/single-instance';

const id = '0195f1a0-0000-7000-8000-0000000000aa';

function actions() {
  const calls: string[] = [];
  const focus = vi.fn(() => calls.push('focus'));
  const openConcern = vi.fn((concernId: string) => calls.push(`open ${concernId}`));
  const warn = vi.fn();
  return { calls, focus, openConcern, warn };
}

describe('handleSecondInstance', () => {
  it('brings the notebook up, then opens the concern the second launch links to', () => {
    const a = actions();
    handleSecondInstance(['C:\\Program Files\\Civic Notebook\\Civic Notebook.exe', '--allow-file-access-from-files', `civicnotebook://concern/${id}`], a);
    expect(a.calls).toEqual(['focus', `open ${id}`]);
  });

  it('only brings the notebook up when launched again from its icon', () => {
    const a = actions();
    handleSecondInstance(['/opt/Civic Notebook/civic-notebook'], a);
    expect(a.focus).toHaveBeenCalledTimes(1);
    expect(a.openConcern).not.toHaveBeenCalled();
    expect(a.warn).not.toHaveBeenCalled();
  });

  it('still brings the notebook up for a broken link, opens nothing and says why', () => {
    const a = actions();
    handleSecondInstance(['civic-notebook', `civicnotebook://concern/${id}?x=1`], a);
    expect(a.focus).toHaveBeenCalledTimes(1);
    expect(a.openConcern).not.toHaveBeenCalled();
    expect(a.warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('no query or fragment'));
  });
});
