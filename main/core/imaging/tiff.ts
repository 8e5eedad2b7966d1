/**
 * Just enough of a TIFF reader to lift the CCITT G4 data out of the file sharp writes, so it can be
 * embedded in the PDF as is (no re-encoding): the first IFD's size, compression, photometric and
 * strips.
 */
export interface TiffG4 {
  width: number;
  height: number;
  /** 0 = WhiteIsZero (miniswhite), 1 = BlackIsZero. */
  photometric: number;
  rowsPerStrip: number;
  strips: Uint8Array[];
}

const TAG = {
  width: 256,
  height: 257,
  compression: 259,
  photometric: 262,
  stripOffsets: 273,
  rowsPerStrip: 278,
  stripByteCounts: 279,
  fillOrder: 266,
} as const;

export function readTiffG4(bytes: Uint8Array): TiffG4 {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const order = view.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) throw new Error('not a TIFF');
  const le = order === 0x4949;
  const u16 = (o: number) => view.getUint16(o, le);
  const u32 = (o: number) => view.getUint32(o, le);
  const ifd = u32(4);
  const count = u16(ifd);
  const values = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    const tag = u16(entry);
    const type = u16(entry + 2);
    const n = u32(entry + 4);
    const size = type === 3 ? 2 : 4;
    const at = n * size <= 4 ? entry + 8 : u32(entry + 8);
    const list: number[] = [];
    for (let k = 0; k < n && k < 100_000; k++)
      list.push(size === 2 ? u16(at + k * 2) : u32(at + k * 4));
    values.set(tag, list);
  }
  const one = (tag: number, fallback?: number): number => {
    const v = values.get(tag)?.[0] ?? fallback;
    if (v === undefined) throw new Error(`TIFF tag ${tag} missing`);
    return v;
  };
  if (one(TAG.compression) !== 4) throw new Error('TIFF is not CCITT G4');
  if (one(TAG.fillOrder, 1) !== 1) throw new Error('TIFF fill order is not MSB first');
  const offsets = values.get(TAG.stripOffsets) ?? [];
  const counts = values.get(TAG.stripByteCounts) ?? [];
  const height = one(TAG.height);
  return {
    width: one(TAG.width),
    height,
    photometric: one(TAG.photometric, 0),
    rowsPerStrip: Math.min(one(TAG.rowsPerStrip, height), height),
    strips: offsets.map((o, i) => bytes.subarray(o, o + (counts[i] ?? 0))),
  };
}
