import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { classicScript } from '../../../src/integrations/client-scripts';
import { clientEntries, scriptsFolderEntries } from '../../../src/scripts/entries';
import { projectRoot } from '../../helpers/build-site';

// A client script gets its interface text from scripts/ui-text.js: the catalogues of every
// language, which the build uses, would double the timeline's script and more than double links.
describe('the scripts for the browser', () => {
  it.each(scriptsFolderEntries)('%s leaves the language catalogues out', async (name) => {
    const { metafile } = await build({
      ...classicScript,
      entryPoints: [`${projectRoot}src/scripts/${clientEntries[name].source}`],
      write: false,
      metafile: true,
      outdir: 'out',
    });
    const catalogues = Object.keys(metafile.inputs).filter((f) =>
      /src\/i18n\/(?!client-keys|translate)/.test(f),
    );
    expect(catalogues).toEqual([]);
  });
});
