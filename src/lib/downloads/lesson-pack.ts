import type { DocumentContext } from './pdf';
import type { DownloadFormat } from './paths';
import { zipFiles } from './zip';

/**
 * The “download all” ZIP of a lesson pack: every file inside one folder named after the lesson, so that
 * unpacking it never scatters files over a teacher's downloads, plus a short README in the pack's language
 * that lists the files.
 */

export interface PackFile {
  filename: string;
  title: string;
  format: DownloadFormat;
  bytes: () => Promise<Uint8Array>;
}

export interface PackArchive {
  /** The folder every file sits in: `signaal-grooming-lespakket`. */
  folder: string;
  /** The README's file name: `leesmij.txt`. */
  readme: string;
}

/** The names inside the archive, in order: the files, then the README. */
export function archiveNames(archive: PackArchive, files: Pick<PackFile, 'filename'>[]): string[] {
  return [...files.map((file) => `${archive.folder}/${file.filename}`), `${archive.folder}/${archive.readme}`];
}

/** The README: the lesson, each file with its title and format, the lesson page and the licence. */
export function readmeText(lessonTitle: string, files: Omit<PackFile, 'bytes'>[], context: DocumentContext): string {
  const { t } = context;
  const lines = [
    `Signaal – ${lessonTitle}`,
    '',
    t('classroom.readme.lead'),
    '',
    ...files.map((file) => `- ${file.filename}: ${file.title} (${t(`downloads.format.${file.format}`)})`),
    '',
    `${t('classroom.readme.page')} ${context.url}`,
    t('lesson.licence'),
    '',
  ];
  // Windows line ends, so that every text editor shows the lines.
  return lines.join('\r\n');
}

export async function buildPackZip(archive: PackArchive, lessonTitle: string, files: PackFile[], context: DocumentContext): Promise<Uint8Array> {
  const names = archiveNames(archive, files);
  const entries = await Promise.all(files.map(async (file, index) => ({ name: names[index], bytes: await file.bytes() })));
  const readme = new TextEncoder().encode(readmeText(lessonTitle, files, context));
  return zipFiles([...entries, { name: names[names.length - 1], bytes: readme }]);
}
