/**
 * The package's name and version, for --version and for recognising a
 * checkout of the tool itself. The bundler inlines package.json, so the
 * command knows them wherever it is unpacked, clone or npm package alike.
 */
import manifest from '../../package.json' with { type: 'json' };

export const PACKAGE_NAME: string = manifest.name;
export const VERSION: string = manifest.version;
