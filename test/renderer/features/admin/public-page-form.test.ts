/**
 * The "Public page" form's model: the websites typed one per line become the request's list (trimmed, lower
 * case, no trailing slash, each once) and a bad line is named in the box's message; server issues land on their
 * box; the embed snippets escape what they carry and point at the page beside the server's address; a logo file
 * is refused before it is sent when the server would refuse it.
 */
import { describe, expect, it } from 'vitest';
import type { PublicPageSettings } from '@shared/api/public-page';
import { logoFileProblem } from '../../../../renderer/src/features/admin/PublicPageLogo';
import {
  iframeSnippet,
  PublicPageFormSchema,
  publicPageFieldOf,
  publicPageUrl,
  scriptSnippet,
  toPublicPageInput,
  toPublicPageRequest,
} from '../../../../renderer/src/features/admin/public-page-form';

const settings: PublicPageSettings = {
  slug: 'town-hall',
  displayName: '',
  officeName: 'Town Hall',
  introduction: 'Hello',
  websiteUrl: 'https://town.example',
  isPublished: true,
  embedOrigins: ['https://town.example', 'https://www.town.example'],
  logo: null,
  path: '/public/town-hall/',
};

describe('the public page form', () => {
  it('round-trips the settings, with the websites one per line', () => {
    const input = toPublicPageInput(settings);
    expect(input.embedOrigins).toBe('https://town.example\nhttps://www.town.example');
    const values = PublicPageFormSchema.parse({ ...input, embedOrigins: ' https://Town.example/ \n\nhttps://www.town.example\nhttps://town.example' });
    expect(toPublicPageRequest(values)).toEqual({ ...input, embedOrigins: ['https://town.example', 'https://www.town.example'] });
  });

  it('names the line that is not a website, and the box of each server issue', () => {
    const parsed = PublicPageFormSchema.safeParse({ ...toPublicPageInput(settings), embedOrigins: 'https://town.example\ntown.example/news' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['embedOrigins', expect.stringMatching(/^town\.example\/news: Enter a website/)]]);
    expect(publicPageFieldOf('embedOrigins.3')).toBe('embedOrigins');
    expect(publicPageFieldOf('slug')).toBe('slug');
    expect(publicPageFieldOf('')).toBeUndefined();
  });

  it('makes snippets that point at the page and escape what they carry', () => {
    const url = publicPageUrl('https://notebook.town.example/', settings.path);
    expect(url).toBe('https://notebook.town.example/public/town-hall/');
    expect(iframeSnippet(url, 'Projects of "Smith & Co" <b>')).toBe(
      '<iframe src="https://notebook.town.example/public/town-hall/?embed=1" title="Projects of &quot;Smith &amp; Co&quot; &lt;b&gt;" width="100%" height="900" loading="lazy" referrerpolicy="no-referrer" style="border:0;width:100%;max-width:100%"></iframe>',
    );
    expect(scriptSnippet(url)).toBe('<script src="https://notebook.town.example/public/town-hall/embed.js" data-height="900" async></script>');
  });

  it('refuses an SVG, another type or a file over 256 KB before sending it', () => {
    expect(logoFileProblem({ type: 'image/svg+xml', size: 10 })).toMatch(/SVG images are not accepted/);
    expect(logoFileProblem({ type: 'image/gif', size: 10 })).toMatch(/not a PNG, JPEG or WebP/);
    expect(logoFileProblem({ type: 'image/png', size: 256 * 1024 + 1 })).toMatch(/at most 256 KB/);
    expect(logoFileProblem({ type: 'image/webp', size: 256 * 1024 })).toBeUndefined();
  });
});
