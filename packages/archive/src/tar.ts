import { pack } from "tar-stream";

export interface TarFile {
  name: string;
  data: Buffer;
}

const END_OF_ARCHIVE = 1024;

/**
 * The tar entries of the files, without the end-of-archive marker: parts made this way concatenate into
 * one archive, and the last part carries the marker (tarEnd).
 */
export async function tarEntries(files: TarFile[], mtime: Date): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  archive.on("data", (chunk) => {
    chunks.push(chunk as Buffer);
  });
  const done = new Promise<void>((resolve, reject) => {
    archive.on("end", resolve);
    archive.on("error", reject);
  });
  for (const file of files) {
    await new Promise<void>((resolve, reject) =>
      archive.entry(
        { name: file.name, size: file.data.length, mtime, mode: 0o644, type: "file" },
        file.data,
        (e) => (e ? reject(e) : resolve()),
      ),
    );
  }
  archive.finalize();
  await done;
  const all = Buffer.concat(chunks);
  const tail = all.subarray(all.length - END_OF_ARCHIVE);
  if (all.length < END_OF_ARCHIVE || tail.some((b) => b !== 0)) throw new Error("unexpected tar trailer");
  return all.subarray(0, all.length - END_OF_ARCHIVE);
}

/** The end-of-archive marker: two zero blocks. */
export const tarEnd = () => Buffer.alloc(END_OF_ARCHIVE);
