import { decodeText } from '../documents/decode-text';
import type { FolderFile } from './folder-loader';

/** An editor's YAML file as text: strict UTF-8, so a Latin-1 file is an error at its line, not "Caf\uFFFD". */
export const decodeYaml = (file: FolderFile): string => decodeText(file.bytes, file.file);
